using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Redis;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>The reply outbox of instances sharing one real redis-server: one deliverer per message at a time.</summary>
public sealed class RedisOutboxTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
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
    public async Task Two_instances_listing_due_messages_at_once_each_get_different_ones()
    {
        var first = await StartAsync();
        var second = await StartAsync();
        for (var i = 0; i < 100; i++)
        {
            await first.AddAsync(Message($"reply:{i}", $"19:{i}"), Now, 0, Now, CancellationToken.None);
        }

        var listed = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? first : second).DueAsync(DateTimeOffset.UtcNow, 16, CancellationToken.None)));

        var keys = listed.SelectMany(due => due).Select(due => due.Message.ReplyKey).ToList();
        Assert.Equal(100, keys.Count);
        Assert.Equal(100, keys.Distinct().Count());
    }

    [Fact]
    public async Task A_message_claimed_by_an_instance_that_died_is_delivered_by_the_other_once()
    {
        var dying = await StartAsync();
        var survivor = await StartAsync();
        await dying.AddAsync(Message("card", "19:a"), Now, 1, Now, CancellationToken.None);
        Assert.Single(await dying.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None));
        await CrashAsync(dying);

        var whileClaimed = await survivor.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None);
        var nextDue = await survivor.NextDueAsync(CancellationToken.None);
        await RedisInstances.WaitForTakeoverAsync();
        var takenOver = Assert.Single(await survivor.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None));
        await survivor.MarkDeliveredAsync(takenOver.Sequence, "m-1", CancellationToken.None);

        Assert.Empty(whileClaimed);
        Assert.InRange(nextDue!.Value, Now, DateTimeOffset.UtcNow + RedisInstances.TakeoverAfter); // it wakes when the claim lapses
        Assert.Equal(("card", 1), (takenOver.Message.ReplyKey, takenOver.Attempts));
        await RedisInstances.WaitForTakeoverAsync();
        Assert.Empty(await survivor.DueAsync(DateTimeOffset.UtcNow.AddDays(1), 10, CancellationToken.None));
        Assert.Equal(new DeliveredReply("m-1"), await survivor.FindDeliveredAsync("card", CancellationToken.None));
    }

    [Fact]
    public async Task A_late_retry_from_an_instance_whose_claim_lapsed_does_not_undo_the_takeover()
    {
        var slow = await StartAsync();
        var other = await StartAsync();
        await slow.AddAsync(Message("card", "19:a"), Now, 0, Now, CancellationToken.None);
        var stale = Assert.Single(await slow.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None));
        await RedisInstances.WaitForTakeoverAsync();
        var current = Assert.Single(await other.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None));

        await slow.RetryLaterAsync(stale.Sequence, 1, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Empty(await other.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None)); // still the other's
        await other.RetryLaterAsync(current.Sequence, 1, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(1, Assert.Single(await other.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None)).Attempts);
    }

    [Fact]
    public async Task What_recognises_a_repeated_reply_expires_after_the_duplicate_window_and_finished_messages_leave_nothing_else()
    {
        var services = RedisInstances.Build(await RedisServer.Shared, _prefix);
        _instances.Add(services);
        var outbox = services.GetRequiredService<IOutboxStore>();
        var redis = services.GetRequiredService<RedisConnection>();
        var window = new MeetingBotOptions().DuplicateWindow;
        await outbox.RecordDeliveredAsync("direct", "m-1", CancellationToken.None);
        await outbox.AddAsync(Message("late", "19:a"), Now, 1, Now, CancellationToken.None);
        await outbox.MarkDeliveredAsync(Assert.Single(await outbox.DueAsync(Now, 10, CancellationToken.None)).Sequence, "m-2", CancellationToken.None);

        var database = await redis.DatabaseAsync();
        var keys = ((StackExchange.Redis.RedisResult[])(await database.ScriptEvaluateAsync("return redis.call('KEYS', ARGV[1])", [], [redis.Key("*").ToString()]))!).Select(key => (string)key!).Order().ToList();
        var ttls = await Task.WhenAll(keys.Select(key => database.KeyTimeToLiveAsync(key)));

        Assert.Equal([redis.Key("outbox:added:late").ToString(), redis.Key("outbox:delivered:direct").ToString(), redis.Key("outbox:delivered:late").ToString(), redis.Key("outbox:seq").ToString()], keys);
        Assert.All(ttls.Take(3), ttl => Assert.InRange(ttl!.Value, window - TimeSpan.FromMinutes(1), window));
        Assert.Null(ttls[3]); // one counter
    }

    private async Task<IOutboxStore> StartAsync()
    {
        var instance = RedisInstances.Build(await RedisServer.Shared, _prefix);
        _instances.Add(instance);
        return instance.GetRequiredService<IOutboxStore>();
    }

    private async Task CrashAsync(IOutboxStore outbox)
    {
        var crashed = _instances.Single(instance => instance.GetRequiredService<IOutboxStore>() == outbox);
        _instances.Remove(crashed);
        await crashed.DisposeAsync();
    }

    private static OutboxMessage Message(string replyKey, string conversation) =>
        new(replyKey, "botframework", conversation, "target", "body"u8.ToArray());
}
