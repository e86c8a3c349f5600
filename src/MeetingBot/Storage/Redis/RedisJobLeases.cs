using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>A lease is a key holding its holder's id with an expiry: renewed by its holder, taken by anyone once it lapsed.</summary>
internal sealed class RedisJobLeases(RedisConnection redis) : IJobLeases
{
    // One round trip: renew when this instance holds it, take it when nobody does.
    private const string HoldScript = """
        local holder = redis.call('GET', KEYS[1])
        if holder == ARGV[1] then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          return 1
        end
        if holder then
          return 0
        end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
        """;

    public async Task<bool> TryHoldAsync(string job, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var held = await database.ScriptEvaluateAsync(
            HoldScript, [redis.Key("lease:" + job)], [redis.InstanceId, (long)lifetime.TotalMilliseconds]).ConfigureAwait(false);
        return (long)held == 1;
    }
}
