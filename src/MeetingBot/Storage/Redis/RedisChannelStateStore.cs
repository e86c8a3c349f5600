using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// A string per value, <c>channel-state:{key}</c>, dropped <see cref="Retention"/> after it was last set: the values
/// describe meetings (a Slack call per meeting), which are long over by then.
/// </summary>
internal sealed class RedisChannelStateStore(RedisConnection redis) : IChannelStateStore
{
    internal static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        return await database.StringGetAsync(KeyOf(key)).ConfigureAwait(false);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.StringSetAsync(KeyOf(key), value, Retention).ConfigureAwait(false);
    }

    private RedisKey KeyOf(string key) => redis.Key("channel-state:" + key);
}
