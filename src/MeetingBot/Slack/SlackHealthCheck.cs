using MeetingBot.Slack.Api;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Slack;

/// <summary>
/// Readiness of the Slack side: Degraded while Slack rejects a token (revoked, app uninstalled, wrong value), since
/// then no Slack reply gets through; Healthy otherwise. It asks Slack nothing itself: the bot's own calls tell.
/// </summary>
internal sealed class SlackHealthCheck(SlackTokenStatus tokens) : IHealthCheck
{
    public const string Name = "slack";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var rejections = tokens.Rejections;
        if (rejections.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Slack accepted the bot's last Web API calls"));
        }

        var why = string.Join("; ", rejections.Select(rejection =>
            $"Slack rejected {rejection.Token.ConfigurationKey()} ({rejection.Error} on {rejection.Method})"));
        return Task.FromResult(HealthCheckResult.Degraded(why + ": reinstall the Slack app or configure a valid token"));
    }
}
