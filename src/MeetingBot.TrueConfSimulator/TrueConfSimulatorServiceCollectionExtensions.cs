using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConfSimulator;

public static class TrueConfSimulatorServiceCollectionExtensions
{
    /// <summary>Registers the simulator's options and its single in-memory <see cref="TrueConfSimulatorState"/>.</summary>
    public static IServiceCollection AddTrueConfSimulator(
        this IServiceCollection services, Action<TrueConfSimulatorOptions>? configure = null)
    {
        var options = services.AddOptions<TrueConfSimulatorOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => !string.IsNullOrWhiteSpace(o.ClientId), "TrueConfSimulator:ClientId must not be empty.")
            .Validate(o => !string.IsNullOrEmpty(o.ClientSecret), "TrueConfSimulator:ClientSecret must not be empty.")
            .Validate(o => o.TokenLifetime > TimeSpan.Zero, "TrueConfSimulator:TokenLifetime must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ServerName), "TrueConfSimulator:ServerName must not be empty.")
            .Validate(o => o.MaxParticipantsLimit > 0, "TrueConfSimulator:MaxParticipantsLimit must be positive.")
            .Validate(
                o => o.PublicBaseUrl is null || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "TrueConfSimulator:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new TrueConfSimulatorState(
            provider.GetRequiredService<IOptions<TrueConfSimulatorOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
