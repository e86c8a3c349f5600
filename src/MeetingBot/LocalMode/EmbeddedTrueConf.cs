using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.LocalMode;

/// <summary>
/// Local mode: with no <c>TrueConf:ServerUrl</c> configured, the bot serves a TrueConf Server simulator on its own
/// host under <see cref="PathPrefix"/> and talks to it over HTTP like to a real server.
/// </summary>
public static partial class EmbeddedTrueConf
{
    public const string PathPrefix = "/trueconf";
    public const string DefaultListenUrl = "http://localhost:3978";

    public static bool IsWanted(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["TrueConf:ServerUrl"]);

    /// <summary>Points the TrueConf client at the simulator and registers it, when no real server is configured.</summary>
    public static WebApplicationBuilder AddEmbeddedTrueConfWhenUnconfigured(this WebApplicationBuilder builder)
    {
        // The switch is tested here itself so that the native build's trimmer drops the simulator entirely.
        if (!LocalModeFeature.IsSupported || !IsWanted(builder.Configuration))
        {
            return builder;
        }

        var clientId = "meetingbot-local";
        var clientSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var serverUrl = LocalBaseUrl(builder.Configuration) + PathPrefix;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TrueConf:ServerUrl"] = serverUrl,
            ["TrueConf:ClientId"] = clientId,
            ["TrueConf:ClientSecret"] = clientSecret,
            // The simulator serves the sign-in flow too: on unless set, with the callback on the bot's own address.
            ["TrueConf:UserSignIn"] = OrDefault(builder.Configuration["TrueConf:UserSignIn"], "true"),
            ["MeetingBot:PublicUrl"] = OrDefault(builder.Configuration["MeetingBot:PublicUrl"], LocalBaseUrl(builder.Configuration)),
        });
        builder.Services.AddTrueConfSimulator(options =>
        {
            options.ClientId = clientId;
            options.ClientSecret = clientSecret;
        });
        builder.Services.AddSingleton(new EmbeddedTrueConfMarker(serverUrl));
        return builder;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Local mode runs on the JIT only: the published (trimmed, native) build switches it off and drops the simulator (LocalModeFeature).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Local mode runs on the JIT only: the published (trimmed, native) build switches it off and drops the simulator (LocalModeFeature).")]
    public static WebApplication MapEmbeddedTrueConf(this WebApplication app)
    {
        if (LocalModeFeature.IsSupported && app.Services.GetService<EmbeddedTrueConfMarker>() is { } marker)
        {
            app.MapTrueConfSimulator(PathPrefix);
            LogServingSimulator(app.Logger, marker.ServerUrl);
        }

        return app;
    }

    /// <summary>The first address the bot listens on, with a wildcard host replaced by localhost.</summary>
    internal static string LocalBaseUrl(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        var first = string.IsNullOrWhiteSpace(urls) ? DefaultListenUrl : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var wildcard = first.Replace("://*", "://localhost").Replace("://+", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost");
        return wildcard.TrimEnd('/');
    }

    private static string OrDefault(string? configured, string fallback) => string.IsNullOrWhiteSpace(configured) ? fallback : configured;

    private sealed record EmbeddedTrueConfMarker(string ServerUrl);

    [LoggerMessage(EventId = 2901, Level = LogLevel.Warning,
        Message = "No TrueConf:ServerUrl configured: serving the embedded TrueConf SIMULATOR at {ServerUrl} (seeded users: alex, helen, dean, kevin, maria, …). " +
                  "Set TrueConf:ServerUrl, TrueConf:ClientId and TrueConf:ClientSecret to use a real TrueConf Server.")]
    private static partial void LogServingSimulator(ILogger logger, string serverUrl);
}
