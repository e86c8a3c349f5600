using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MeetingBot.TrueConfSimulator;

/// <summary>An authorization code handed out by the sign-in page, with what the token request must repeat.</summary>
internal sealed record AuthorizationCode(
    string ClientId, string RedirectUri, string? CodeChallenge, string UserId, DateTimeOffset ExpiresAt);

/// <summary>Authorization codes: short-lived and single-use, like any RFC 6749 server's.</summary>
internal sealed class AuthorizationCodes
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);

    public string Issue(AuthorizationCode code)
    {
        var value = RandomNumberGenerator.GetHexString(40, lowercase: true);
        _codes[value] = code;
        return value;
    }

    /// <summary>Removes and returns the code: a second exchange of the same code fails.</summary>
    public AuthorizationCode? Take(string value, DateTimeOffset now) =>
        _codes.TryRemove(value, out var code) && code.ExpiresAt > now ? code : null;

    public void Clear() => _codes.Clear();
}
