using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Validates a token signed by the Bot Connector service (reference §3.2): signature with the Connector's keys
/// (RS256/384/512), exact issuer, <c>aud</c> = app id, lifetime with 5 min skew, then the <c>serviceurl</c> claim
/// and the signing key's channel endorsements.
/// </summary>
internal sealed class ConnectorTokenValidation(SigningKeySource<ConnectorSigningKeys> keys, BotFrameworkOptions options)
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();

    public string MetadataAddress => keys.MetadataAddress;

    public async Task<ChannelAuthResult> ValidateAsync(
        BearerToken token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        (TokenValidationResult result, ConnectorSigningKeys signingKeys) = await keys.ValidateWithRefreshAsync(
            k => _handler.ValidateTokenAsync(token.Value, Parameters(k)), cancellationToken).ConfigureAwait(false);

        if (!result.IsValid)
        {
            return ChannelAuthResult.Fail(TokenFailureReason.From(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        string? failure = ServiceUrlClaim.Check(ServiceUrlClaim.Read(jwt), serviceUrl)
            ?? EndorsementCheck.Check(signingKeys, jwt.SigningKey?.KeyId, channelId);

        return failure is null ? ChannelAuthResult.Success(result.ClaimsIdentity) : ChannelAuthResult.Fail(failure);
    }

    private TokenValidationParameters Parameters(ConnectorSigningKeys signingKeys) => ChannelTokenParameters.Strict(
        ChannelAuthenticationTypes.BotConnector, options.ToBotFromChannelTokenIssuer, [options.MicrosoftAppId!],
        signingKeys.SigningKeys, AllowedAlgorithms);
}
