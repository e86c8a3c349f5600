using MeetingBot.Conferencing;
using MeetingBot.Conferencing.Transport;
using MeetingBot.Hosting;
using MeetingBot.MoodHood.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

        services.AddBackendHttpClient(MoodHoodHttpClients.TokenClientName, Endpoint, withTimeout: true);

        // Outermost first: retries and per-attempt timeouts wrap the token handler, so every attempt carries a valid
        // token. Reads and deletes are repeated (repeating them changes nothing); creating a room or a link never is:
        // each one makes a new object (reference §10.8).
        services.AddBackendHttpClient(MoodHoodHttpClients.ApiClientName, Endpoint, withTimeout: false)
            .AddBackendResilience("moodhood", Endpoint, isSafeToRepeat: method => method == HttpMethod.Get || method == HttpMethod.Delete)
            .AddHttpMessageHandler<MoodHoodAuthHandler>();

        return services;
    }

    private static BackendEndpoint Endpoint(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MoodHoodOptions>>().Value;
        return new(options.ApiBaseUrl!, options.Timeout);
    }
}
