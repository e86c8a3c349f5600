using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.BotFramework.Auth;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void Registers_one_authenticator_and_the_named_metadata_client()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<BotFrameworkOptions>(o => o.MicrosoftAppId = AuthenticatorHarness.AppId);
        services.AddChannelRequestAuthentication();
        services.AddChannelRequestAuthentication();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IChannelRequestAuthenticator));
        Assert.Same(
            provider.GetRequiredService<IChannelRequestAuthenticator>(),
            provider.GetRequiredService<IChannelRequestAuthenticator>());
        Assert.Equal("BotFramework.OpenIdMetadata", ChannelAuthenticationServiceCollectionExtensions.MetadataHttpClientName);
        HttpClient client = provider.GetRequiredService<IHttpClientFactory>()
            .CreateClient(ChannelAuthenticationServiceCollectionExtensions.MetadataHttpClientName);
        Assert.Equal(TimeSpan.FromSeconds(10), client.Timeout);
    }
}
