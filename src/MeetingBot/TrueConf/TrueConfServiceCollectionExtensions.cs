using MeetingBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MeetingBot.Telemetry;
using MeetingBot.Conferencing;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MeetingBot.TrueConf;

public static class TrueConfServiceCollectionExtensions
{
    /// <summary>TrueConf Server as the conferencing backend: options, token cache, API pipeline, services.</summary>
    public static IServiceCollection AddTrueConf(this IServiceCollection services)
    {
        services.AddOptions<TrueConfOptions>().BindConfiguration(TrueConfOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrueConfOptions>, TrueConfOptionsValidator>();
        services.AddMemoryCache();
        services.AddMeetingBotMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => TrueConfServerCertificateTrust.From(sp.GetRequiredService<IOptions<TrueConfOptions>>().Value));
        services.AddSingleton<TrueConfHttpClients>();
        services.AddSingleton<TrueConfScopeCheck>();
        services.AddSingleton<TrueConfTokenProvider>();
        services.AddSingleton<IStartupWarmUp, TrueConfWarmUp>();
        services.AddSingleton<TrueConfApiClient>();
        services.AddSingleton<IConferenceService, TrueConfConferenceService>();
        services.AddSingleton<IConferenceUserDirectory, TrueConfUserDirectory>();
        services.AddTransient<TrueConfAuthHandler>();
        services.AddTransient<TrueConfCallMetricsHandler>();
        services.AddHostedService<TrueConfStartupReport>();
        services.AddSingleton<TrueConfHealthCheck>();
        services.AddHealthChecks().AddCheck<TrueConfHealthCheck>("trueconf", tags: [Health.HealthEndpoints.Ready]);

        services.AddHttpClient(TrueConfHttpClients.TokenClientName, (sp, client) => ConfigureClient(sp, client, withTimeout: true))
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<TrueConfServerCertificateTrust>().CreateHandler())
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<TrueConfCallMetricsHandler>();

        var api = services.AddHttpClient(TrueConfHttpClients.ApiClientName, (sp, client) => ConfigureClient(sp, client, withTimeout: false))
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<TrueConfServerCertificateTrust>().CreateHandler())
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HTTP logging would write request URLs, and v3 carries the token in the query.
            .RemoveAllLoggers();
        // Outermost first: metrics see the whole call; timeouts and retries wrap the token handler, so every
        // attempt carries a valid token.
        api.AddHttpMessageHandler<TrueConfCallMetricsHandler>();
        api.AddResilienceHandler("trueconf", ConfigureResilience);
        api.AddHttpMessageHandler<TrueConfAuthHandler>();

        return services;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client, bool withTimeout)
    {
        var options = services.GetRequiredService<IOptions<TrueConfOptions>>().Value;
        client.BaseAddress = new Uri(options.ServerUrl!.TrimEnd('/') + "/");
        client.Timeout = withTimeout ? options.RequestTimeout : Timeout.InfiniteTimeSpan;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<TrueConfOptions>>().Value;
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            // Only reads are repeated: a repeated create could leave two conferences behind.
            ShouldHandle = args => ValueTask.FromResult(
                args.Context.GetRequestMessage()?.Method == HttpMethod.Get && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
        });
        pipeline.AddTimeout(options.RequestTimeout);
    }
}
