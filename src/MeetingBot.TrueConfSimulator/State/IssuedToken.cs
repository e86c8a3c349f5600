namespace MeetingBot.TrueConfSimulator;

/// <summary>An access token the simulator handed out; <paramref name="UserId"/> is set for a user's token (authorization code).</summary>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt, IReadOnlyList<string> Scopes, string? UserId = null)
{
    public string Scope => string.Join(' ', Scopes);
}
