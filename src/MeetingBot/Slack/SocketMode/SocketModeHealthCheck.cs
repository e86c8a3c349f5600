using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Slack.SocketMode;

/// <summary>Healthy while the Socket Mode connection is up; Degraded while the bot (re)connects, when it cannot hear Slack.</summary>
internal sealed class SocketModeHealthCheck(SocketModeStatus status) : IHealthCheck
{
    public const string Name = "slack-socket";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsConnected ? HealthCheckResult.Healthy(status.Description) : HealthCheckResult.Degraded(status.Description));
}
