using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>The link, channel-state, secret, sign-in and abandoned-start stores: every operation one round trip, counted on the wire.</summary>
public sealed class RedisSmallStoreRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_operation_is_one_round_trip()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var proxy = new CommandCountingProxy(redis.Port);
        await using var services = StorageServices.BuildRedis(proxy.ConnectionString);
        var links = services.GetRequiredService<IUserLinkStore>();
        var state = services.GetRequiredService<IChannelStateStore>();
        var secrets = services.GetRequiredService<IBotSecretStore>();
        var signIns = services.GetRequiredService<ISignInStateStore>();
        var starts = services.GetRequiredService<IAbandonedStartStore>();
        var now = DateTimeOffset.UtcNow;
        var n = 0;
        (string Name, Func<Task> Run)[] operations =
        [
            ("IUserLinkStore.SetAsync", () => links.SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.SignedIn), CancellationToken.None)),
            ("IUserLinkStore.FindAsync", () => links.FindAsync("msteams", "29:alex", CancellationToken.None)),
            ("IChannelStateStore.SetAsync", () => state.SetAsync("slack-call:m1", "R1", CancellationToken.None)),
            ("IChannelStateStore.GetAsync", () => state.GetAsync("slack-call:m1", CancellationToken.None)),
            ("IBotSecretStore.GetOrAddAsync", () => secrets.GetOrAddAsync("page-key", "secret", CancellationToken.None)),
            ("ISignInStateStore.SaveAsync", () => signIns.SaveAsync(new PendingSignIn($"h{++n}", "v", "msteams", "29:alex", "19:c", "https://smba.example/", now.AddMinutes(10)), CancellationToken.None)),
            ("ISignInStateStore.FindAsync", () => signIns.FindAsync("h1", CancellationToken.None)),
            ("ISignInStateStore.TakeAsync", () => signIns.TakeAsync($"h{n}", CancellationToken.None)),
            ("IAbandonedStartStore.WatchAsync", () => starts.WatchAsync($"req-{++n}", now, CancellationToken.None)),
            ("IAbandonedStartStore.DueAsync", () => starts.DueAsync(now, 32, CancellationToken.None)),
            ("IAbandonedStartStore.CheckLaterAsync", () => starts.CheckLaterAsync($"req-{n}", 1, now.AddSeconds(15), CancellationToken.None)),
            ("IAbandonedStartStore.NextDueAsync", () => starts.NextDueAsync(CancellationToken.None)),
            ("IAbandonedStartStore.ForgetAsync", () => starts.ForgetAsync($"req-{n}", CancellationToken.None)),
        ];
        var trips = await proxy.RoundTripsAsync(operations, output.WriteLine);

        Assert.All(trips, trip => Assert.Equal(1, trip.Value));
    }
}
