using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MeetingBot.TrueConfSimulator;

/// <summary>Tokens live in memory only: a new simulator voids every earlier token, like a restarted server.</summary>
internal sealed class TokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public IReadOnlyList<IssuedToken> All() => _tokens.Values.OrderBy(token => token.ExpiresAt).ToArray();

    public IssuedToken Issue(TimeSpan lifetime, IReadOnlyList<string> scopes, string? userId = null)
    {
        var token = new IssuedToken(
            RandomNumberGenerator.GetHexString(40, lowercase: true), time.GetUtcNow() + lifetime, scopes, userId);
        _tokens[token.AccessToken] = token;
        return token;
    }

    public TokenCheck Check(string accessToken)
    {
        if (!_tokens.TryGetValue(accessToken, out var token))
        {
            return new TokenCheck(TokenStatus.Unknown, null);
        }

        return token.ExpiresAt <= time.GetUtcNow()
            ? new TokenCheck(TokenStatus.Expired, token)
            : new TokenCheck(TokenStatus.Valid, token);
    }

    public void ExpireAll()
    {
        foreach (var (value, token) in _tokens)
        {
            _tokens[value] = token with { ExpiresAt = DateTimeOffset.MinValue };
        }
    }

    public void Clear() => _tokens.Clear();
}

internal enum TokenStatus
{
    Unknown,
    Expired,
    Valid,
}

internal readonly record struct TokenCheck(TokenStatus Status, IssuedToken? Token);
