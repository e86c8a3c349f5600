using MeetingBot.Conferencing;
using MeetingBot.MoodHood.Api;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.MoodHood;

/// <summary>Ready when the bot's token opens its own account (<c>GET /v1/users/me</c>); cached briefly so probes don't load MoodHood.</summary>
internal sealed class MoodHoodHealthCheck(MoodHoodApiClient api, TimeProvider clock) : IHealthCheck
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
            await api.GetMeAsync(cancellationToken).ConfigureAwait(false);
            result = HealthCheckResult.Healthy("The MoodHood API answered with the bot's account");
        }
        catch (ConferencingException error)
        {
            result = HealthCheckResult.Unhealthy($"MoodHood is not usable: {error.Failure} ({error.Message})");
        }

        _last = (result, clock.GetUtcNow());
        return result;
    }
}
