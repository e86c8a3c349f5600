using MeetingBot.Health;
using MeetingBot.Slack.Api;
using MeetingBot.Slack.Auth;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack;

public static class SlackWebApiServiceCollectionExtensions
{
    /// <summary>
    /// Slack's options (validated at start-up even while Slack is off, so half a configuration stops the bot), the
    /// request signature check, the Web API client on its own HTTP pipeline, and — when Slack is on — the "slack"
    /// readiness check.
    /// </summary>
    public static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton<SlackTokenStatus>();
        services.AddSingleton(sp => new SlackWebApiClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<IMemoryCache>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<SlackTokenStatus>(),
            sp.GetRequiredService<ILogger<SlackWebApiClient>>()));

        services.AddTransient<SlackBotTokenHandler>();
        services.AddHttpClient(SlackWebApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(15),
                ConnectTimeout = TimeSpan.FromSeconds(5),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HTTP logging writes request URLs, and a response_url is a credential.
            .RemoveAllLoggers()
            .AddHttpMessageHandler<SlackBotTokenHandler>();

        services.AddHealthChecks();
        services.AddSingleton<SlackHealthCheck>();
        services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<SlackOptions>>((health, slack) =>
        {
            if (slack.Value.IsEnabled)
            {
                health.Registrations.Add(new HealthCheckRegistration(
                    SlackHealthCheck.Name, sp => sp.GetRequiredService<SlackHealthCheck>(), HealthStatus.Degraded, [HealthEndpoints.Ready]));
            }
        });
        return services;
    }
}
