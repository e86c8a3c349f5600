using System.Collections.Concurrent;

namespace MeetingBot.MoodHoodSimulator;

/// <summary>Access and refresh tokens, in memory only: a new simulator voids every earlier token.</summary>
internal sealed class TokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _access = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshGrant> _refresh = new(StringComparer.Ordinal);

    public IReadOnlyList<IssuedToken> All() => _access.Values.OrderBy(token => token.ExpiresAt).ToArray();

    public (IssuedToken Access, RefreshGrant Refresh) IssuePair(
        TokenKind kind, string? accountId, TimeSpan accessLifetime, TimeSpan refreshLifetime)
    {
        var now = time.GetUtcNow();
        var access = new IssuedToken(Ids.NewToken(), kind, accountId, now + accessLifetime);
        var refresh = new RefreshGrant(Ids.NewToken(), kind, accountId, now + refreshLifetime);
        _access[access.Value] = access;
        _refresh[refresh.Value] = refresh;
        return (access, refresh);
    }

    public void AddPersonal(string value, string accountId) =>
        _access[value] = new IssuedToken(value, TokenKind.User, accountId, DateTimeOffset.MaxValue) { IsPersonal = true };

    public TokenCheck Check(string value)
    {
        if (!_access.TryGetValue(value, out var token))
        {
            return new TokenCheck(TokenStatus.Unknown, null);
        }

        return token.ExpiresAt <= time.GetUtcNow()
            ? new TokenCheck(TokenStatus.Expired, token)
            : new TokenCheck(TokenStatus.Valid, token);
    }

    /// <summary>Takes a refresh token out of play; null when unknown, already used or expired.</summary>
    public RefreshGrant? Redeem(string value) =>
        _refresh.TryRemove(value, out var grant) && grant.ExpiresAt > time.GetUtcNow() ? grant : null;

    public void ExpireAccessTokens()
    {
        foreach (var (value, token) in _access)
        {
            if (!token.IsPersonal)
            {
                _access[value] = token with { ExpiresAt = DateTimeOffset.MinValue };
            }
        }
    }

    public void Clear()
    {
        _access.Clear();
        _refresh.Clear();
    }
}

internal enum TokenStatus
{
    Unknown,
    Expired,
    Valid,
}

internal readonly record struct TokenCheck(TokenStatus Status, IssuedToken? Token);
