using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.BotFramework.Auth;

public static class ChannelAuthenticationServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> that fetches OpenID metadata and signing keys.</summary>
    public const string MetadataHttpClientName = "BotFramework.OpenIdMetadata";

    /// <summary>
    /// Registers the singleton <see cref="IChannelRequestAuthenticator"/> for <c>POST /api/messages</c> and the
    /// named metadata <see cref="HttpClient"/>. Expects <c>BotFrameworkOptions</c> to be bound by the host.
    /// </summary>
    public static IServiceCollection AddChannelRequestAuthentication(this IServiceCollection services)
    {
        // Metadata fetches can happen inside a request (first use, unknown key id): keep them short.
        services.AddHttpClient(MetadataHttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.MaxResponseContentBufferSize = MetadataDocumentRetriever.MaxDocumentBytes;
        });
        services.TryAddSingleton<IChannelRequestAuthenticator, ChannelRequestAuthenticator>();
        return services;
    }
}
