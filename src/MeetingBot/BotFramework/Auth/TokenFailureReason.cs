using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Turns a token-validation exception into a short reason for the log. Never includes the token or the
/// library's message (which may quote claims).
/// </summary>
internal static class TokenFailureReason
{
    public static string From(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidLifetimeException => "token lifetime invalid",
        SecurityTokenInvalidAudienceException => "audience not accepted",
        SecurityTokenInvalidIssuerException => "issuer not accepted",
        SecurityTokenSignatureKeyNotFoundException => "signing key not found",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not accepted",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenMalformedException => "malformed token",
        null => "token invalid",
        _ => "token invalid: " + exception.GetType().Name,
    };
}
