using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Auth;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.BotFramework.Auth;

/// <summary>
/// Builds the authenticator the way the host does (DI extension + bound options), pointed at a
/// <see cref="TestChannelIssuer"/>. Each harness owns its own key caches.
/// </summary>
internal sealed class AuthenticatorHarness : IDisposable
{
    public const string AppId = "4c1b7c5e-2f7d-4a57-9a0e-2b6f3c8d9e01";
    public const string BotTenantId = "3c1a8f0e-5b7d-4e2a-9c6b-1d2e3f4a5b6c";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string ChannelId = "msteams";

    private readonly ServiceProvider _services;

    private AuthenticatorHarness(ServiceProvider services)
    {
        _services = services;
        Authenticator = services.GetRequiredService<IChannelRequestAuthenticator>();
    }

    public IChannelRequestAuthenticator Authenticator { get; }

    public static AuthenticatorHarness Create(TestChannelIssuer issuer, Action<BotFrameworkOptions>? configure = null) =>
        Create(options =>
        {
            options.MicrosoftAppId = AppId;
            options.MicrosoftAppType = BotAppType.SingleTenant;
            options.MicrosoftAppTenantId = BotTenantId;
            issuer.ConfigureOptions(options);
            configure?.Invoke(options);
        });

    public static AuthenticatorHarness Create(Action<BotFrameworkOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure(configure);
        services.AddChannelRequestAuthentication();
        return new AuthenticatorHarness(services.BuildServiceProvider());
    }

    public ValueTask<ChannelAuthResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId = ChannelId, string? serviceUrl = ServiceUrl) =>
        Authenticator.AuthenticateAsync(authorizationHeader, channelId, serviceUrl, CancellationToken.None);

    public ValueTask<ChannelAuthResult> AuthenticateTokenAsync(
        string jwt, string? channelId = ChannelId, string? serviceUrl = ServiceUrl) =>
        AuthenticateAsync("Bearer " + jwt, channelId, serviceUrl);

    public void Dispose() => _services.Dispose();
}
