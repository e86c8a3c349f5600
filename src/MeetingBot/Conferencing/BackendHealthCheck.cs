using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Conferencing;

/// <summary>
/// Readiness of the video backend: healthy when <see cref="ProbeAsync"/> gets through, unhealthy with the backend's
/// typed failure when it does not. The answer is kept briefly so probes don't load the backend.
/// </summary>
internal abstract class BackendHealthCheck(string backendName, string healthyDescription, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan ResultLifetime = TimeSpan.FromSeconds(15);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_last is { } last && clock.GetUtcNow() - last.At < ResultLifetime)
        {
            return last.Result;
        }

        HealthCheckResult result;
        try
        {
            await ProbeAsync(cancellationToken).ConfigureAwait(false);
            result = HealthCheckResult.Healthy(healthyDescription);
        }
        catch (ConferencingException error)
        {
            result = HealthCheckResult.Unhealthy($"{backendName} is not usable: {error.Failure} ({error.Message})");
        }

        _last = (result, clock.GetUtcNow());
        return result;
    }

    /// <summary>The calls that show the backend is usable; a <see cref="ConferencingException"/> says it is not.</summary>
    protected abstract Task ProbeAsync(CancellationToken cancellationToken);
}
