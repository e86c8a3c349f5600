namespace MeetingBot.MoodHoodSimulator;

/// <summary>An access token the simulator handed out (or the configured personal token).</summary>
/// <param name="AccountId">The account of a user token; null for a client token.</param>
public sealed record IssuedToken(string Value, TokenKind Kind, string? AccountId, DateTimeOffset ExpiresAt)
{
    /// <summary>A personal token never expires and survives <see cref="MoodHoodSimulatorState.ExpireAccessTokens"/>.</summary>
    public bool IsPersonal { get; init; }
}

public enum TokenKind
{
    /// <summary>From <c>client_credentials</c>: public reads and authorizing the password grant only.</summary>
    Client,

    /// <summary>From the password grant, or a personal token: everything the account may do.</summary>
    User,
}

/// <summary>A refresh token: usable once, for a new pair of the same kind.</summary>
internal sealed record RefreshGrant(string Value, TokenKind Kind, string? AccountId, DateTimeOffset ExpiresAt);
