using MeetingBot.Conferencing;
using MeetingBot.Hosting;
using MeetingBot.MoodHood.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MeetingBot.MoodHood;

public static class MoodHoodServiceCollectionExtensions
{
    /// <summary>MoodHood as the video backend: options, sign-in, API pipeline, the backend and its personal links.</summary>
    public static IServiceCollection AddMoodHood(this IServiceCollection services)
    {
        services.AddOptions<MoodHoodOptions>().BindConfiguration(MoodHoodOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MoodHoodOptions>, MoodHoodOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MoodHoodHttpClients>();
        services.AddSingleton<MoodHoodTokenProvider>();
        services.AddSingleton<MoodHoodApiClient>();
        services.AddSingleton<MoodHoodCallAnalytics>();
        services.AddSingleton<ICallHeadcount>(sp => sp.GetRequiredService<MoodHoodCallAnalytics>());
        services.AddSingleton<MoodHoodConferenceService>();
        services.AddSingleton<IConferenceService>(sp => sp.GetRequiredService<MoodHoodConferenceService>());
        services.AddSingleton<IPersonalLinkIssuer>(sp => sp.GetRequiredService<MoodHoodConferenceService>());
        services.AddSingleton<IStartupWarmUp, MoodHoodWarmUp>();
        services.AddTransient<MoodHoodAuthHandler>();
        services.AddHostedService<MoodHoodStartupReport>();
        services.AddSingleton<MoodHoodHealthCheck>();
        services.AddHealthChecks().AddCheck<MoodHoodHealthCheck>("moodhood", tags: [Health.HealthEndpoints.Ready]);

        services.AddHttpClient(MoodHoodHttpClients.TokenClientName, (sp, client) => ConfigureClient(sp, client, withTimeout: true))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HTTP logging would write request URLs; the bodies here carry the bot's secrets.
            .RemoveAllLoggers();

        var api = services.AddHttpClient(MoodHoodHttpClients.ApiClientName, (sp, client) => ConfigureClient(sp, client, withTimeout: false))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        // Outermost first: retries and per-attempt timeouts wrap the token handler, so every attempt carries a valid token.
        api.AddResilienceHandler("moodhood", ConfigureResilience);
        api.AddHttpMessageHandler<MoodHoodAuthHandler>();

        return services;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client, bool withTimeout)
    {
        var options = services.GetRequiredService<IOptions<MoodHoodOptions>>().Value;
        client.BaseAddress = new Uri(options.ApiBaseUrl!.TrimEnd('/') + "/");
        client.Timeout = withTimeout ? options.Timeout : Timeout.InfiniteTimeSpan;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<MoodHoodOptions>>().Value;
        pipeline.AddRetry(MoodHoodRetryPolicy.ForIdempotentCalls());
        pipeline.AddTimeout(options.Timeout);
    }
}
