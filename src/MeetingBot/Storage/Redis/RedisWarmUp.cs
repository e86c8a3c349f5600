using MeetingBot.Hosting;

namespace MeetingBot.Storage.Redis;

/// <summary>Connects once the app listens, so the first chat request does not wait for the connection.</summary>
internal sealed class RedisWarmUp(RedisConnection redis) : IStartupWarmUp
{
    public async Task WarmUpAsync(CancellationToken cancellationToken) => await redis.DatabaseAsync().ConfigureAwait(false);
}
