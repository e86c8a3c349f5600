using System.Net;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// When the store cannot write the work down, nothing is accepted: the channel is told to come back (503 with
/// Retry-After), never a 200 that could lose the command or run it twice.
/// </summary>
public sealed class StoreUnavailableTests
{
    [Fact]
    public async Task A_teams_message_the_store_cannot_take_gets_503_and_is_handled_when_sent_again()
    {
        var store = new Switch();
        await using var bot = await BotHarness.StartAsync(services: services => store.Wrap(services));
        var message = bot.Message("start meeting with kevin");

        store.Down = true;
        var refused = await bot.SendAsync(message);
        store.Down = false;
        var again = await bot.SendAsync(message);
        var card = await bot.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("2", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(card.Card);
        Assert.Single(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task A_slack_event_the_store_cannot_take_gets_503_so_slack_delivers_it_again()
    {
        var store = new Switch();
        await using var slack = await SlackHarness.StartAsync(services: services => store.Wrap(services));

        store.Down = true;
        var answer = await slack.EventAsync(SlackHarness.Envelope("Ev0STOREDOWN", SlackHarness.Mention("start meeting with kevin")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("2", answer.Headers.GetValues("Retry-After").Single());
        Assert.Empty(slack.TrueConf.Conferences);
    }

    /// <summary>The app's own accepted-work store, which fails every write while <see cref="Down"/> is set.</summary>
    private sealed class Switch
    {
        public volatile bool Down;

        public void Wrap(IServiceCollection services)
        {
            var registered = services.Last(descriptor => descriptor.ServiceType == typeof(IAcceptedWorkStore));
            services.Remove(registered);
            services.AddSingleton<IAcceptedWorkStore>(provider =>
                new Failing((IAcceptedWorkStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!), this));
        }

        private sealed class Failing(IAcceptedWorkStore inner, Switch state) : IAcceptedWorkStore
        {
            public ValueTask<bool> TryAcceptAsync(string key, string source, byte[] payload, TimeSpan claimLifetime, CancellationToken cancellationToken) =>
                state.Down ? throw new IOException("store down") : inner.TryAcceptAsync(key, source, payload, claimLifetime, cancellationToken);

            public Task ReleaseAsync(string key, CancellationToken cancellationToken) => inner.ReleaseAsync(key, cancellationToken);

            public Task CompleteAsync(string key, CancellationToken cancellationToken) => inner.CompleteAsync(key, cancellationToken);

            public IAcceptedWorkRun BeginRun(string key) => inner.BeginRun(key);

            public TimeSpan? RecheckEvery => inner.RecheckEvery;

            public Task RenewOwnAsync(string source, CancellationToken cancellationToken) => inner.RenewOwnAsync(source, cancellationToken);

            public Task<(IReadOnlyList<AcceptedWork> Resumed, IReadOnlyList<string> Abandoned)> TakeUnfinishedAsync(
                string source, int maxAttempts, CancellationToken cancellationToken) =>
                inner.TakeUnfinishedAsync(source, maxAttempts, cancellationToken);
        }
    }
}
