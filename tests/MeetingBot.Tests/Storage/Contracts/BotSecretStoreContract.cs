using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>Secrets the bot makes for itself: the first one stored is everyone's, on every instance, after restarts.</summary>
public abstract class BotSecretStoreContract : SharedStoreContract
{
    [Fact]
    public async Task Of_two_instances_adding_a_secret_at_once_both_get_the_first_stored()
    {
        var first = Get<IBotSecretStore>();
        var second = (await OpenAgainAsync()).GetRequiredService<IBotSecretStore>();

        var races = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var answers = await Task.WhenAll(
                first.GetOrAddAsync($"key-{i}", $"first-{i}", CancellationToken.None),
                second.GetOrAddAsync($"key-{i}", $"second-{i}", CancellationToken.None));
            return (Name: $"key-{i}", First: answers[0], Second: answers[1]);
        }));

        Assert.All(races, race => Assert.Equal(race.First, race.Second));
        Assert.All(races, race => Assert.Contains(race.First, new[] { race.Name.Replace("key", "first"), race.Name.Replace("key", "second") }));
        foreach (var race in races)
        {
            Assert.Equal(race.First, await first.GetOrAddAsync(race.Name, "later", CancellationToken.None));
        }
    }

    [Fact]
    public async Task Each_name_keeps_its_own_secret()
    {
        var secrets = Get<IBotSecretStore>();

        Assert.Equal("a", await secrets.GetOrAddAsync("one", "a", CancellationToken.None));
        Assert.Equal("b", await secrets.GetOrAddAsync("two", "b", CancellationToken.None));
        Assert.Equal("a", await secrets.GetOrAddAsync("one", "c", CancellationToken.None));
    }

    [Fact]
    public async Task A_secret_outlives_the_process()
    {
        Assert.Equal("one", await Get<IBotSecretStore>().GetOrAddAsync("k", "one", CancellationToken.None));
        await Services.DisposeAsync();

        var reopened = await OpenAgainAsync();
        Assert.Equal("one", await reopened.GetRequiredService<IBotSecretStore>().GetOrAddAsync("k", "four", CancellationToken.None));
    }
}

public sealed class SqliteBotSecretStoreContractTests : BotSecretStoreContract
{
    private readonly SqliteFile _file = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _file.OpenAsync();
}

public sealed class RedisBotSecretStoreContractTests : BotSecretStoreContract
{
    private readonly RedisPrefix _prefix = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _prefix.OpenAsync();
}
