using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Validates an Entra ID–issued channel token (reference §3.3, MeetingBot rule): signature with the Entra keys
/// (RS256), the exact issuer already chosen by <see cref="ChannelTokenAuthority"/>, <c>tid</c> = the issuer's
/// tenant, <c>aud</c> ∈ {appId, api://appId, api://botid-appId}, lifetime with 5 min skew, and a <c>serviceurl</c>
/// claim equal to the activity's, as for Bot Connector tokens: a token without one is refused, since it could be
/// replayed against any Connector host. Entra key sets have no endorsements.
/// </summary>
internal sealed class EntraTokenValidation(SigningKeySource<OpenIdConnectConfiguration> keys, BotFrameworkOptions options)
{
    private const string TenantIdClaim = "tid";
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256];

    private readonly JsonWebTokenHandler _handler = new();

    public string MetadataAddress => keys.MetadataAddress;

    public async Task<ChannelAuthResult> ValidateAsync(
        BearerToken token, ChannelTokenAuthority authority, string? serviceUrl, CancellationToken cancellationToken)
    {
        (TokenValidationResult result, _) = await keys.ValidateWithRefreshAsync(
            k => _handler.ValidateTokenAsync(token.Value, Parameters(k, authority)), cancellationToken).ConfigureAwait(false);

        if (!result.IsValid)
        {
            return ChannelAuthResult.Fail(TokenFailureReason.From(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue(TenantIdClaim, out string? tid)
            || !Guid.TryParse(tid, out Guid tenant)
            || tenant != authority.TenantId)
        {
            return ChannelAuthResult.Fail("tid does not match the issuer's tenant");
        }

        if (ServiceUrlClaim.Check(ServiceUrlClaim.Read(jwt), serviceUrl) is { } failure)
        {
            return ChannelAuthResult.Fail(failure);
        }

        return ChannelAuthResult.Success(result.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, ChannelTokenAuthority authority) => ChannelTokenParameters.Strict(
        ChannelAuthenticationTypes.Entra, authority.Issuer,
        [options.MicrosoftAppId!, $"api://{options.MicrosoftAppId}", $"api://botid-{options.MicrosoftAppId}"],
        configuration.SigningKeys, AllowedAlgorithms);
}
