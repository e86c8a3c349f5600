using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>Accepted work of instances sharing one real redis-server: one owner, and a takeover only from the dead.</summary>
public sealed class RedisAcceptedWorkTests : IAsyncLifetime
{
    private readonly string _prefix = RedisServer.NewPrefix();
    private readonly List<ServiceProvider> _instances = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_same_key_accepted_on_two_instances_at_once_is_accepted_once()
    {
        var first = await StartAsync();
        var second = await StartAsync();
        var keys = Enumerable.Range(0, 200).Select(i => $"activity:{i}").ToArray();

        var accepted = await Task.WhenAll(keys.Select(async key =>
        {
            var both = await Task.WhenAll(
                first.TryAcceptAsync(key, "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None).AsTask(),
                second.TryAcceptAsync(key, "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None).AsTask());
            return both.Count(granted => granted);
        }));

        Assert.All(accepted, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Work_a_crashed_instance_accepted_is_taken_over_once_after_the_timeout_with_its_attempt_counted()
    {
        // The survivors are up and connected before the accept: the look "too early" must come within the timeout
        // after it, and starting instances on a busy machine could take longer than that.
        var timeout = RedisInstances.LenientTakeoverAfter;
        var first = await StartAsync(timeout);
        var second = await StartAsync(timeout);
        Assert.Empty((await first.TakeUnfinishedAsync("botframework", 3, CancellationToken.None)).Resumed);
        Assert.Empty((await second.TakeUnfinishedAsync("botframework", 3, CancellationToken.None)).Resumed);
        var crashing = await StartAsync(timeout);
        await crashing.TryAcceptAsync("start", "botframework", "{\"text\":\"start\"}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await CrashAsync();

        var tooEarly = await first.TakeUnfinishedAsync("botframework", 3, CancellationToken.None);
        await RedisInstances.WaitForTakeoverAsync(timeout);
        var taken = await Task.WhenAll(
            first.TakeUnfinishedAsync("botframework", 3, CancellationToken.None),
            second.TakeUnfinishedAsync("botframework", 3, CancellationToken.None));
        await RedisInstances.WaitForTakeoverAsync(timeout); // the taker does not renew here, so it could be taken again…
        var takerStillAlive = taken[0].Resumed.Count == 1 ? first : second;
        var other = takerStillAlive == first ? second : first;
        await takerStillAlive.CompleteAsync("start", CancellationToken.None); // …but it finished it

        var afterCompletion = await other.TakeUnfinishedAsync("botframework", 3, CancellationToken.None);

        Assert.Empty(tooEarly.Resumed);
        var resumed = Assert.Single(taken.SelectMany(result => result.Resumed));
        Assert.Equal(("start", 2, "{\"text\":\"start\"}"), (resumed.Key, resumed.Attempts, System.Text.Encoding.UTF8.GetString(resumed.Payload)));
        Assert.Empty(afterCompletion.Resumed);
    }

    [Fact]
    public async Task Work_its_instance_keeps_renewing_is_not_taken_and_is_taken_once_it_stops()
    {
        var timeout = RedisInstances.LenientTakeoverAfter;
        var running = await StartAsync(timeout);
        var other = await StartAsync(timeout);
        await running.TryAcceptAsync("long", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        var takenWhileRenewed = new List<AcceptedWork>();
        var until = DateTime.UtcNow + timeout * 3;
        while (DateTime.UtcNow < until)
        {
            // What the resumer does on each instance every third of the timeout.
            Assert.Empty((await running.TakeUnfinishedAsync("slack", 3, CancellationToken.None)).Resumed);
            takenWhileRenewed.AddRange((await other.TakeUnfinishedAsync("slack", 3, CancellationToken.None)).Resumed);
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        await RedisInstances.WaitForTakeoverAsync(timeout);
        var takenOnceStopped = await other.TakeUnfinishedAsync("slack", 3, CancellationToken.None);

        Assert.Empty(takenWhileRenewed);
        Assert.Equal(("long", 2), (Assert.Single(takenOnceStopped.Resumed).Key, takenOnceStopped.Resumed[0].Attempts));
    }

    [Fact]
    public async Task A_redelivery_after_a_takeover_is_still_refused()
    {
        var crashing = await StartAsync();
        await crashing.TryAcceptAsync("activity:1", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await CrashAsync();
        var survivor = await StartAsync();
        await RedisInstances.WaitForTakeoverAsync();
        Assert.Single((await survivor.TakeUnfinishedAsync("botframework", 3, CancellationToken.None)).Resumed);

        Assert.False(await survivor.TryAcceptAsync("activity:1", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task Redis_down_fails_the_accept_instead_of_granting_it()
    {
        await using var own = await RedisServer.StartAsync();
        await using var instance = RedisInstances.Build(own, _prefix);
        var work = instance.GetRequiredService<IAcceptedWorkStore>();
        Assert.True(await work.TryAcceptAsync("before", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None));

        own.Kill();

        await Assert.ThrowsAnyAsync<StackExchange.Redis.RedisException>(() =>
            work.TryAcceptAsync("during", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None).AsTask());
    }

    private async Task<IAcceptedWorkStore> StartAsync(TimeSpan? takeoverAfter = null)
    {
        var instance = RedisInstances.Build(await RedisServer.Shared, _prefix, takeoverAfter);
        _instances.Add(instance);
        return instance.GetRequiredService<IAcceptedWorkStore>();
    }

    /// <summary>The last instance started stops without finishing anything (its connection goes, nothing is cleaned up).</summary>
    private async Task CrashAsync()
    {
        var crashed = _instances[^1];
        _instances.RemoveAt(_instances.Count - 1);
        await crashed.DisposeAsync();
    }
}
