using MeetingBot.LocalMode;
using MeetingBot.MoodHood;
using MeetingBot.MoodHood.Webhooks;
using MeetingBot.TrueConf;
using MeetingBot.TrueConf.SignIn;
using Microsoft.Extensions.Options;

namespace MeetingBot.Backends;

/// <summary>
/// Registers the one video backend <c>Conferencing:Provider</c> names — with its options, health check, warm-up,
/// start-up report, endpoints and local-mode simulator — and nothing of the other: the other's keys are not
/// required, and none of its services, checks or endpoints exist.
/// </summary>
public static class ConferencingBackendExtensions
{
    public static WebApplicationBuilder AddConferencingBackend(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConferencingOptions>().BindConfiguration(ConferencingOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ConferencingOptions>, ConferencingOptionsValidator>();
        var provider = ConferencingOptions.Parse(builder.Configuration[ConferencingOptions.ProviderKey]);
        builder.Services.AddSingleton(new ChosenBackend(provider));
        switch (provider)
        {
            case ConferencingProvider.TrueConf:
                builder.AddEmbeddedTrueConfWhenUnconfigured();
                builder.Services.AddTrueConf();
                builder.Services.AddTrueConfSignIn();
                break;
            case ConferencingProvider.MoodHood:
                builder.AddEmbeddedMoodHoodWhenUnconfigured();
                builder.Services.AddMoodHood();
                break;
            default:
                // No backend: the start-up check stops the app naming the key. A development host would first
                // check every service's dependencies and fail on the missing backend with a less useful message.
                WithoutBuildTimeServiceCheck(builder);
                break;
        }

        return builder;
    }

    private static void WithoutBuildTimeServiceCheck(WebApplicationBuilder builder) =>
        builder.Host.UseDefaultServiceProvider((context, services) =>
        {
            services.ValidateScopes = context.HostingEnvironment.IsDevelopment();
            services.ValidateOnBuild = false;
        });

    public static WebApplication MapConferencingBackend(this WebApplication app)
    {
        switch (app.Services.GetRequiredService<ChosenBackend>().Provider)
        {
            case ConferencingProvider.TrueConf:
                app.MapTrueConfSignIn();
                app.MapEmbeddedTrueConf();
                break;
            case ConferencingProvider.MoodHood:
                app.MapEmbeddedMoodHood();
                app.MapMoodHoodWebhook();
                break;
        }

        return app;
    }

    private sealed record ChosenBackend(ConferencingProvider? Provider);
}
