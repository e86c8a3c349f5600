namespace MeetingBot.TrueConfSimulator;

/// <summary>An access token the simulator handed out.</summary>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt, IReadOnlyList<string> Scopes)
{
    public string Scope => string.Join(' ', Scopes);
}
