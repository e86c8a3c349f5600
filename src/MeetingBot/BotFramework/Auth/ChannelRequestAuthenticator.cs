using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Authenticates <c>POST /api/messages</c>: parses the bearer token, picks the authority from its unverified
/// issuer (Bot Connector or Entra ID), and validates it against that authority's keys only.
/// Singleton: it owns one cached key set per metadata address. Never throws for a bad token or unreachable
/// metadata; only cancellation of the caller's token escapes.
/// </summary>
internal sealed class ChannelRequestAuthenticator : IChannelRequestAuthenticator
{
    private readonly BotFrameworkOptions _options;
    private readonly ConnectorTokenValidation _connector;
    private readonly EntraTokenValidation _entra;
    private readonly ILogger<ChannelRequestAuthenticator> _logger;

    public ChannelRequestAuthenticator(
        IOptions<BotFrameworkOptions> options,
        IHttpClientFactory httpClientFactory,
        ILogger<ChannelRequestAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;

        var documents = new MetadataDocumentRetriever(httpClientFactory);
        _connector = new ConnectorTokenValidation(
            new SigningKeySource<ConnectorSigningKeys>(
                _options.ToBotFromChannelOpenIdMetadataUrl, new ConnectorSigningKeysRetriever(), documents,
                _options.OpenIdMetadataRefreshInterval),
            _options);
        _entra = new EntraTokenValidation(
            new SigningKeySource<OpenIdConnectConfiguration>(
                _options.ToBotFromEntraOpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), documents,
                _options.OpenIdMetadataRefreshInterval),
            _options);

        if (_options.IsAnonymous)
        {
            ChannelAuthLog.AnonymousMode(logger);
        }
    }

    public async ValueTask<ChannelAuthResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (_options.IsAnonymous)
        {
            return ChannelAuthResult.Anonymous;
        }

        if (!BearerToken.TryParse(authorizationHeader, out BearerToken? token, out string? headerFailure))
        {
            return Rejected(headerFailure, "none");
        }

        ChannelTokenAuthority? authority = ChannelTokenAuthority.FromIssuer(token.UnverifiedIssuer, _options);
        if (authority is null)
        {
            return Rejected("issuer not trusted", "none");
        }

        string authorityName = authority.Kind.ToString();
        ChannelAuthResult result;
        try
        {
            result = authority.Kind == ChannelTokenAuthorityKind.BotConnector
                ? await _connector.ValidateAsync(token, channelId, serviceUrl, cancellationToken).ConfigureAwait(false)
                : await _entra.ValidateAsync(token, authority, serviceUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (SigningKeysUnavailableException ex)
        {
            ChannelAuthLog.KeysUnavailable(_logger, ex.MetadataAddress, ex.InnerException ?? ex);
            return ChannelAuthResult.Fail("signing keys unavailable");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            ChannelAuthLog.UnexpectedError(_logger, ex);
            return ChannelAuthResult.Fail("authentication error");
        }

        if (!result.Succeeded)
        {
            return Rejected(result.FailureReason ?? "token invalid", authorityName);
        }

        ChannelAuthLog.Authenticated(_logger, authorityName);
        return result;
    }

    private ChannelAuthResult Rejected(string reason, string authority)
    {
        ChannelAuthLog.Rejected(_logger, reason, authority);
        return ChannelAuthResult.Fail(reason);
    }
}
