using System.Globalization;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// Two keys: the sorted set <c>abandoned-starts:due</c> (request key scored by its next check, Unix ms) and the hash
/// <c>abandoned-starts</c> (request key → <c>{checks}:{watchUntil}</c>). Fixed key names, so every script declares the
/// keys it touches (a clustered Redis requires it). Bounded by the sweeper: it forgets each start once its conference
/// was found or its watch ended (15 minutes), and forgetting removes it from both.
/// </summary>
internal sealed class RedisAbandonedStartStore(RedisConnection redis) : IAbandonedStartStore
{
    /// <summary>A create the server is still working on may finish minutes later.</summary>
    private static readonly TimeSpan WatchFor = TimeSpan.FromMinutes(15);

    private const string WatchScript = """
        if redis.call('HSETNX', KEYS[2], ARGV[1], '0:' .. ARGV[3]) == 1 then
          redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
        end
        """;

    private const string DueScript = """
        local keys = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
        if #keys == 0 then
          return {}
        end
        local entries = redis.call('HMGET', KEYS[2], unpack(keys))
        local due = {}
        for i, key in ipairs(keys) do
          if entries[i] then
            due[#due + 1] = key
            due[#due + 1] = entries[i]
          end
        end
        return due
        """;

    // Only a watched start is checked later: one forgotten meanwhile stays forgotten.
    private const string CheckLaterScript = """
        local entry = redis.call('HGET', KEYS[2], ARGV[1])
        if not entry then
          return 0
        end
        local watchUntil = string.sub(entry, string.find(entry, ':', 1, true) + 1)
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2] .. ':' .. watchUntil)
        redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
        return 1
        """;

    private const string ForgetScript = """
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('HDEL', KEYS[2], ARGV[1])
        """;

    public async Task WatchAsync(string requestKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        await RunAsync(WatchScript, requestKey, now.ToUnixTimeMilliseconds(), (now + WatchFor).ToUnixTimeMilliseconds()).ConfigureAwait(false);

    public async Task<IReadOnlyList<(string RequestKey, int Checks, DateTimeOffset WatchUntil)>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var flat = (RedisValue[])(await database.ScriptEvaluateAsync(DueScript, Keys, [now.ToUnixTimeMilliseconds(), limit]).ConfigureAwait(false))!;
        var due = new List<(string, int, DateTimeOffset)>(flat.Length / 2);
        for (var i = 0; i < flat.Length; i += 2)
        {
            var entry = flat[i + 1].ToString();
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            due.Add((
                flat[i].ToString(),
                int.Parse(entry.AsSpan(0, colon), CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(entry.AsSpan(colon + 1), CultureInfo.InvariantCulture))));
        }

        return due;
    }

    public async Task CheckLaterAsync(string requestKey, int checks, DateTimeOffset nextCheckAt, CancellationToken cancellationToken) =>
        await RunAsync(CheckLaterScript, requestKey, checks, nextCheckAt.ToUnixTimeMilliseconds()).ConfigureAwait(false);

    public async Task ForgetAsync(string requestKey, CancellationToken cancellationToken) =>
        await RunAsync(ForgetScript, requestKey).ConfigureAwait(false);

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var first = await database.SortedSetRangeByRankWithScoresAsync(Keys[0], 0, 0).ConfigureAwait(false);
        return first.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)first[0].Score);
    }

    private RedisKey[] Keys => [redis.Key("abandoned-starts:due"), redis.Key("abandoned-starts")];

    private async Task RunAsync(string script, params RedisValue[] arguments)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(script, Keys, arguments).ConfigureAwait(false);
    }
}
