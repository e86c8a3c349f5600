using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHoodSimulator;

public static class MoodHoodSimulatorServiceCollectionExtensions
{
    /// <summary>The HTTP client webhook deliveries go out through.</summary>
    public const string WebhookClientName = "MoodHoodSimulator.Webhooks";

    /// <summary>Registers the simulator's options and its single in-memory <see cref="MoodHoodSimulatorState"/>.</summary>
    public static IServiceCollection AddMoodHoodSimulator(
        this IServiceCollection services, Action<MoodHoodSimulatorOptions>? configure = null)
    {
        var options = services.AddOptions<MoodHoodSimulatorOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => !string.IsNullOrWhiteSpace(o.ClientId), "MoodHoodSimulator:ClientId must not be empty.")
            .Validate(o => !string.IsNullOrEmpty(o.ClientSecret), "MoodHoodSimulator:ClientSecret must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.AccountEmail), "MoodHoodSimulator:AccountEmail must not be empty.")
            .Validate(o => !string.IsNullOrEmpty(o.AccountPassword), "MoodHoodSimulator:AccountPassword must not be empty.")
            .Validate(o => Ids.IsObjectId(o.SpaceId), "MoodHoodSimulator:SpaceId must be 24 hexadecimal digits.")
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero, "MoodHoodSimulator:AccessTokenLifetime must be positive.")
            .Validate(o => o.RefreshTokenLifetime > TimeSpan.Zero, "MoodHoodSimulator:RefreshTokenLifetime must be positive.")
            .Validate(o => o.WebhookRetryDelay >= TimeSpan.Zero, "MoodHoodSimulator:WebhookRetryDelay must not be negative.")
            .Validate(o => o.PagePollInterval > TimeSpan.Zero, "MoodHoodSimulator:PagePollInterval must be positive.")
            .Validate(
                o => o.PublicBaseUrl is null || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "MoodHoodSimulator:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();

        services.AddHttpClient(WebhookClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new MoodHoodSimulatorState(
            provider.GetRequiredService<IOptions<MoodHoodSimulatorOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IHttpClientFactory>()));
        return services;
    }
}
