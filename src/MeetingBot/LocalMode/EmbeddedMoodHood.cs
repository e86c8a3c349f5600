using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.LocalMode;

/// <summary>
/// Local mode on MoodHood: with <c>Conferencing:Provider=MoodHood</c> and no <c>MoodHood:ApiBaseUrl</c>, the bot serves
/// the MoodHood simulator (API and meeting pages) on its own host under <see cref="PathPrefix"/> and talks to it over
/// HTTP like to the real service, signed in with a personal token made up for this run.
/// </summary>
public static partial class EmbeddedMoodHood
{
    public const string PathPrefix = "/moodhood";

    public static bool IsWanted(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["MoodHood:ApiBaseUrl"]);

    /// <summary>Points the MoodHood client at the simulator and registers it, when no real API is configured.</summary>
    public static WebApplicationBuilder AddEmbeddedMoodHoodWhenUnconfigured(this WebApplicationBuilder builder)
    {
        // The switch is tested here itself so that the native build's trimmer drops the simulator entirely.
        if (!LocalModeFeature.IsSupported || !IsWanted(builder.Configuration))
        {
            return builder;
        }

        var personalToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var baseUrl = EmbeddedTrueConf.LocalBaseUrl(builder.Configuration) + PathPrefix;
        var simulator = new MoodHoodSimulatorOptions { PersonalToken = personalToken };
        // Only the token form is made up: the credentials of the other form stay whatever was configured.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MoodHood:ApiBaseUrl"] = baseUrl,
            ["MoodHood:WebBaseUrl"] = baseUrl,
            ["MoodHood:PersonalToken"] = personalToken,
            ["MoodHood:ClientId"] = null,
            ["MoodHood:ClientSecret"] = null,
            ["MoodHood:Username"] = null,
            ["MoodHood:Password"] = null,
            ["MoodHood:SpaceId"] = simulator.SpaceId,
            // The meeting page (/meet/…, and Teams' "open here" dialog) is addressed from here, as TrueConf's local mode does.
            ["MeetingBot:PublicUrl"] = string.IsNullOrWhiteSpace(builder.Configuration["MeetingBot:PublicUrl"])
                ? EmbeddedTrueConf.LocalBaseUrl(builder.Configuration)
                : builder.Configuration["MeetingBot:PublicUrl"],
        });
        builder.Services.AddMoodHoodSimulator(options => options.PersonalToken = personalToken);
        builder.Services.AddSingleton(new EmbeddedMoodHoodMarker(baseUrl, simulator.SpaceId));
        return builder;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Local mode runs on the JIT only: the published (trimmed, native) build switches it off and drops the simulator (LocalModeFeature).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Local mode runs on the JIT only: the published (trimmed, native) build switches it off and drops the simulator (LocalModeFeature).")]
    public static WebApplication MapEmbeddedMoodHood(this WebApplication app)
    {
        if (LocalModeFeature.IsSupported && app.Services.GetService<EmbeddedMoodHoodMarker>() is { } marker)
        {
            app.MapMoodHoodSimulator(PathPrefix);
            LogServingSimulator(app.Logger, marker.BaseUrl, marker.SpaceId);
        }

        return app;
    }

    private sealed record EmbeddedMoodHoodMarker(string BaseUrl, string SpaceId);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Warning,
        Message = "Conferencing:Provider is MoodHood and no MoodHood:ApiBaseUrl is configured: serving the embedded MoodHood SIMULATOR at {BaseUrl} (space {SpaceId}). " +
                  "Set MoodHood:ApiBaseUrl, MoodHood:WebBaseUrl, MoodHood:SpaceId and MoodHood:PersonalToken to use the real MoodHood.")]
    private static partial void LogServingSimulator(ILogger logger, string baseUrl, string spaceId);
}
