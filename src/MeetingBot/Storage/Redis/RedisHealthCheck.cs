using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>Ready when the shared Redis answers.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await redis.DatabaseAsync().ConfigureAwait(false);
            var latency = await database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis at {redis.Endpoint} answers ({latency.TotalMilliseconds:0.#} ms)");
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {redis.Endpoint} does not answer: {error.GetType().Name}");
        }
    }
}
