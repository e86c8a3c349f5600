using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// The JWT found in an <c>Authorization: Bearer …</c> header, with its issuer read <b>without</b> verification.
/// The unverified issuer only selects which authority's keys the token is then checked against, and its
/// <c>kid</c> header which one of those keys; a token that names no key is never tried against every key.
/// </summary>
internal sealed record BearerToken(string Value, string UnverifiedIssuer)
{
    private static readonly JsonWebTokenHandler Reader = new();

    /// <summary>
    /// Accepts exactly two space-separated parts, a case-insensitive <c>Bearer</c> scheme and a signed
    /// (three-part, non-encrypted) JWT that carries an <c>iss</c> claim and a <c>kid</c> header.
    /// </summary>
    public static bool TryParse(
        string? authorizationHeader,
        [NotNullWhen(true)] out BearerToken? token,
        [NotNullWhen(false)] out string? failureReason)
    {
        token = null;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            failureReason = "missing Authorization header";
            return false;
        }

        string[] parts = authorizationHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            failureReason = "Authorization header must have exactly two parts";
            return false;
        }

        if (!string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            failureReason = "Authorization scheme is not Bearer";
            return false;
        }

        string jwt = parts[1];
        if (!Reader.CanReadToken(jwt))
        {
            failureReason = "bearer token is not a JWT";
            return false;
        }

        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(jwt);
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException derives from ArgumentException.
            failureReason = "bearer token is not a JWT";
            return false;
        }

        if (unverified.IsEncrypted)
        {
            failureReason = "encrypted tokens are not accepted";
            return false;
        }

        if (string.IsNullOrEmpty(unverified.Issuer))
        {
            failureReason = "token has no issuer";
            return false;
        }

        if (string.IsNullOrEmpty(unverified.Kid))
        {
            failureReason = "token has no kid";
            return false;
        }

        token = new BearerToken(jwt, unverified.Issuer);
        failureReason = null;
        return true;
    }
}
