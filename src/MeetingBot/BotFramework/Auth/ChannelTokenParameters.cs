using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>The validation rules both inbound token kinds share; only issuer, audiences, keys and algorithms differ.</summary>
internal static class ChannelTokenParameters
{
    /// <summary>Tolerance on <c>nbf</c>/<c>exp</c> used by Microsoft's documentation and every Bot Framework SDK.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static TokenValidationParameters Strict(
        string authenticationType, string issuer, IEnumerable<string> audiences, IEnumerable<SecurityKey> signingKeys, IEnumerable<string> algorithms) => new()
    {
        AuthenticationType = authenticationType,
        ValidIssuer = issuer,
        ValidAudiences = audiences,
        IssuerSigningKeys = signingKeys,

        // Only the key the token's kid names may verify it: a kid that is not published is refused (after the one
        // throttled refresh SigningKeySource allows), never tried against every key in the set.
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = algorithms,
        ClockSkew = ClockSkew,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        RequireAudience = true,
    };
}
