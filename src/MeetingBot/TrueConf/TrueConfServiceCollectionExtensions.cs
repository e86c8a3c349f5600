using MeetingBot.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MeetingBot.Telemetry;
using MeetingBot.Conferencing;
using MeetingBot.Conferencing.Transport;
using Microsoft.Extensions.Options;

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
        services.AddSingleton<TrueConfUserDirectory>();
        services.AddSingleton<IConferenceUserDirectory>(sp => new MissCachingUserDirectory(
            sp.GetRequiredService<TrueConfUserDirectory>(), sp.GetRequiredService<IMemoryCache>()));
        services.AddTransient<TrueConfAuthHandler>();
        services.AddTransient<TrueConfCallMetricsHandler>();
        services.AddHostedService<TrueConfStartupReport>();
        services.AddSingleton<TrueConfHealthCheck>();
        services.AddHealthChecks().AddCheck<TrueConfHealthCheck>("trueconf", tags: [Health.HealthEndpoints.Ready]);

        services.AddBackendHttpClient(TrueConfHttpClients.TokenClientName, Endpoint, withTimeout: true)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<TrueConfServerCertificateTrust>().CreateHandler())
            .AddHttpMessageHandler<TrueConfCallMetricsHandler>();

        // Outermost first: metrics see the whole call; timeouts and retries wrap the token handler, so every
        // attempt carries a valid token. Only reads are repeated: a repeated create could leave two conferences behind.
        services.AddBackendHttpClient(TrueConfHttpClients.ApiClientName, Endpoint, withTimeout: false)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<TrueConfServerCertificateTrust>().CreateHandler())
            .AddHttpMessageHandler<TrueConfCallMetricsHandler>()
            .AddBackendResilience("trueconf", Endpoint, isSafeToRepeat: method => method == HttpMethod.Get)
            .AddHttpMessageHandler<TrueConfAuthHandler>();

        return services;
    }

    private static BackendEndpoint Endpoint(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TrueConfOptions>>().Value;
        return new(options.ServerUrl!, options.RequestTimeout);
    }
}
