namespace MeetingBot.MoodHoodSimulator;

/// <summary>How the MoodHood API simulator presents itself: its client, its one seeded account and space.</summary>
public sealed class MoodHoodSimulatorOptions
{
    public string ClientId { get; set; } = "meetingbot-local";

    public string ClientSecret { get; set; } = "local-simulator-secret";

    /// <summary>The seeded account's e-mail, the <c>username</c> of the password grant (reference §4).</summary>
    public string AccountEmail { get; set; } = "organizer@contoso.example";

    public string AccountPassword { get; set; } = "local-simulator-password";

    /// <summary>The seeded account's display name (<c>username</c> in <c>/v1/users/me</c>).</summary>
    public string AccountName { get; set; } = "MeetingBot Organizer";

    /// <summary>
    /// A personal token of the seeded account (web account → Integration): accepted as its user token and never
    /// expires (reference §4). Null or empty: none.
    /// </summary>
    public string? PersonalToken { get; set; } = "local-personal-token";

    /// <summary>The id (24 hex) of the space seeded for the account, for <c>MoodHood:SpaceId</c>.</summary>
    public string SpaceId { get; set; } = "64b7f0c2a1d3e4f5a6b7c8d9";

    public string SpaceName { get; set; } = "MeetingBot";

    /// <summary>Lifetime of client and user access tokens (the real server's are 7 days).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>External address of the meeting pages in links; null derives it from each request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// The space's plan includes call analytics (reference §5.13). Off: <c>…/analytics/calls</c> answers 403
    /// <c>FORBIDDEN</c>, the way this simulator plays a plan without statistics (the real refusal is undocumented).
    /// </summary>
    public bool CallAnalytics { get; set; } = true;

    /// <summary>Wait between webhook delivery attempts (up to three, reference §5.11).</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often an open meeting page asks whether the call still goes on.</summary>
    public TimeSpan PagePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
