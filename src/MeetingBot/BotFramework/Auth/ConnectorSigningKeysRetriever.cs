using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Reads the Bot Connector's OpenID metadata, follows its <c>jwks_uri</c> and returns the keys with their
/// <c>endorsements</c>. The stock OpenID retriever drops that non-standard member, hence this retriever.
/// </summary>
internal sealed class ConnectorSigningKeysRetriever : IConfigurationRetriever<ConnectorSigningKeys>
{
    public async Task<ConnectorSigningKeys> GetConfigurationAsync(
        string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        string metadata = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        string jwksUri = ReadJwksUri(metadata);
        string jwks = await retriever.GetDocumentAsync(jwksUri, cancel).ConfigureAwait(false);

        IList<SecurityKey> keys = new JsonWebKeySet(jwks).GetSigningKeys();
        if (keys.Count == 0)
        {
            throw new InvalidDataException("The Bot Connector key set contains no usable signing key.");
        }

        return new ConnectorSigningKeys(keys.ToArray(), ReadEndorsements(jwks));
    }

    private static string ReadJwksUri(string metadata)
    {
        using JsonDocument document = JsonDocument.Parse(metadata);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out JsonElement uri)
            && uri.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(uri.GetString()))
        {
            return uri.GetString()!;
        }

        throw new InvalidDataException("The Bot Connector OpenID metadata has no jwks_uri.");
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwks)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out JsonElement keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (JsonElement key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out JsonElement kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out JsonElement endorsements)
                || endorsements.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            result[kid.GetString()!] = endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToArray();
        }

        return result;
    }
}
