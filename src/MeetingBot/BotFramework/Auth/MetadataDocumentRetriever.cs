using Microsoft.IdentityModel.Protocols;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Fetches OpenID metadata and key documents through the named <see cref="HttpClient"/>
/// <see cref="ChannelAuthenticationServiceCollectionExtensions.MetadataHttpClientName"/>.
/// HTTPS is required, except for loopback hosts so that tests and local tools can serve metadata over plain HTTP.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    /// <summary>Upper bound for one document; real metadata and key sets are a few kilobytes.</summary>
    internal const int MaxDocumentBytes = 1024 * 1024;

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? uri))
        {
            throw new IOException("Metadata address is not an absolute URI.");
        }

        bool allowed = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        if (!allowed)
        {
            throw new IOException($"Metadata address must use HTTPS: {uri.GetLeftPart(UriPartial.Path)}");
        }

        HttpClient client = httpClientFactory.CreateClient(ChannelAuthenticationServiceCollectionExtensions.MetadataHttpClientName);
        using HttpResponseMessage response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancel)
            .ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new IOException(
                $"Metadata request to {uri.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode}.");
        }

        if (response.Content.Headers.ContentLength > MaxDocumentBytes)
        {
            throw new IOException("Metadata document is too large.");
        }

        string body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
        if (body.Length > MaxDocumentBytes)
        {
            throw new IOException("Metadata document is too large.");
        }

        return body;
    }
}
