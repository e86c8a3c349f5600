using MeetingBot.Conferencing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.TrueConf;

/// <summary>Ready when a token can be had and the conference API answers; cached briefly so probes don't load TrueConf.</summary>
internal sealed class TrueConfHealthCheck(TrueConfTokenProvider tokens, TrueConfApiClient api, TimeProvider clock) : IHealthCheck
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
            await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            await api.ListConferencesPageAsync(pageSize: 1, cancellationToken).ConfigureAwait(false);
            result = HealthCheckResult.Healthy("Token obtained and the conference API answered");
        }
        catch (ConferencingException error)
        {
            result = HealthCheckResult.Unhealthy($"TrueConf is not usable: {error.Failure} ({error.Message})");
        }

        _last = (result, clock.GetUtcNow());
        return result;
    }
}
