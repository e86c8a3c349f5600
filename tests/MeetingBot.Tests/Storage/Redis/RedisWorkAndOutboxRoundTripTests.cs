using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>Each accepted-work and outbox operation is one round trip to Redis, counted on the wire by a proxy.</summary>
public sealed class RedisWorkAndOutboxRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_operation_is_one_round_trip()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var proxy = new CommandCountingProxy(redis.Port);
        await using var services = StorageServices.BuildRedis(proxy.ConnectionString);
        var work = services.GetRequiredService<IAcceptedWorkStore>();
        var outbox = services.GetRequiredService<IOutboxStore>();
        var now = DateTimeOffset.UtcNow;
        var n = 0;
        var pending = new PendingDelivery(1, new OutboxMessage("r", "botframework", "19:a", "t", [1]), now, 0);
        (string Name, Func<Task> Run)[] operations =
        [
            ("TryAcceptAsync", () => work.TryAcceptAsync($"a{++n}", "botframework", [1], TimeSpan.FromMinutes(5), CancellationToken.None).AsTask()),
            ("CompleteAsync", () => work.CompleteAsync($"a{n}", CancellationToken.None)),
            ("ReleaseAsync", () => work.ReleaseAsync($"a{n}", CancellationToken.None)),
            ("TakeUnfinishedAsync", () => work.TakeUnfinishedAsync("botframework", 3, CancellationToken.None)),
            ("AddAsync", () => outbox.AddAsync(pending.Message with { ReplyKey = $"r{++n}" }, now, 0, now, CancellationToken.None)),
            ("RecordDeliveredAsync", () => outbox.RecordDeliveredAsync($"d{++n}", "m", CancellationToken.None)),
            ("FindDeliveredAsync", () => outbox.FindDeliveredAsync("d1", CancellationToken.None)),
            ("DueAsync", () => outbox.DueAsync(now, 10, CancellationToken.None)),
            ("HasNewerToSameTargetAsync", () => outbox.HasNewerToSameTargetAsync(pending, CancellationToken.None)),
            ("RetryLaterAsync", () => outbox.RetryLaterAsync(++n, 1, now, CancellationToken.None)),
            ("MarkDeliveredAsync", () => outbox.MarkDeliveredAsync(++n, "m", CancellationToken.None)),
            ("GiveUpAsync", () => outbox.GiveUpAsync(++n, CancellationToken.None)),
            ("NextDueAsync", () => outbox.NextDueAsync(CancellationToken.None)),
            ("WaitingConversationsAsync", () => outbox.WaitingConversationsAsync(CancellationToken.None)),
        ];
        var trips = await proxy.RoundTripsAsync(operations, output.WriteLine);

        Assert.All(trips, trip => Assert.Equal(1, trip.Value));
    }
}
