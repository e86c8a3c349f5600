using MeetingBot.Tests.Infrastructure;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>
/// A whole start command on the Redis store — accepted, conference created, card posted, meeting stored, work completed
/// — takes at most three round trips to Redis, counted on the wire by a proxy between the app and redis-server.
/// </summary>
public sealed class RedisStartCommandRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_start_command_takes_at_most_three_round_trips()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var proxy = new CommandCountingProxy(redis.Port);
        var prefix = RedisServer.NewPrefix();
        await using var bots = await ScaledOutBots.StartAsync(instances: 1, redis, new()
        {
            ["Storage:Redis:ConnectionString"] = proxy.ConnectionString,
            ["Storage:Redis:KeyPrefix"] = prefix,
        });
        // Looks at the work queue directly, not through the proxy.
        await using var direct = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var stream = (RedisKey)("{" + prefix + "}:accepted:stream:botframework");

        // The first command connects and loads every script; the next ones are what a command costs.
        await StartOneAsync();
        var trips = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            var before = proxy.Commands;
            await StartOneAsync();
            trips.Add(proxy.Commands - before);
        }

        output.WriteLine($"Round trips per start command: {string.Join(", ", trips)}");
        // The least of four, so a heartbeat or a background look landing in one command's time is not the command's.
        Assert.InRange(trips.Min(), 1, 3);

        async Task StartOneAsync()
        {
            await bots[0].PostActivityAsync(bots.Message("start meeting with kevin"));
            Assert.NotNull((await bots.Connector.NextMessageAsync()).Card);
            // Done when its work has left the queue (completed).
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (await direct.GetDatabase().StreamLengthAsync(stream) > 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the command's work was not completed");
                await Task.Delay(20);
            }

            // The delivered-reply mark is written with the completion (or just after the card, without it).
            await Task.Delay(100);
        }
    }
}
