using MeetingBot.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.SocketMode;

public static class SocketModeServiceCollectionExtensions
{
    /// <summary>
    /// Socket Mode: the connection to Slack and, while <c>Slack:AppToken</c> is set, its readiness check
    /// "slack-socket" (the service stays idle otherwise). Needs <see cref="SlackWebApiServiceCollectionExtensions.AddSlackWebApi"/>
    /// and an <see cref="Inbound.ISlackRequestHandler"/> registered beside it.
    /// </summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SocketModeStatus>();
        services.AddSingleton<SocketModeRequests>();
        services.AddHostedService<SocketModeService>();
        services.AddHealthChecks();
        services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<SlackOptions>>((health, slack) =>
        {
            if (slack.Value.UsesSocketMode)
            {
                health.Registrations.Add(new HealthCheckRegistration(
                    SocketModeHealthCheck.Name, sp => new SocketModeHealthCheck(sp.GetRequiredService<SocketModeStatus>()), HealthStatus.Degraded, [HealthEndpoints.Ready]));
            }
        });
        return services;
    }
}
