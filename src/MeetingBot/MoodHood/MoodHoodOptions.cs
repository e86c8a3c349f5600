namespace MeetingBot.MoodHood;

/// <summary>Settings of the <c>MoodHood</c> configuration section (reference §10).</summary>
public sealed class MoodHoodOptions
{
    public const string SectionName = "MoodHood";

    /// <summary>The longest link lifetime MoodHood accepts (reference §5.8).</summary>
    public const int MaxLinkTtlSeconds = 432_000;

    /// <summary>API base, e.g. <c>https://moodhood-api.livedigital.space</c> (paths start with <c>/v1</c>). Empty = embedded simulator.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Meeting pages' base, e.g. <c>https://edu.livedigital.space</c>: a room's plain page is <c>{WebBaseUrl}/room/{alias}</c>.</summary>
    public string? WebBaseUrl { get; set; }

    /// <summary>A never-expiring token made in the account's Integration menu; the alternative to the four keys below.</summary>
    public string? PersonalToken { get; set; }

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The account's e-mail (the password grant takes the e-mail as user name).</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The space (folder) the bot's rooms are made in.</summary>
    public string? SpaceId { get; set; }

    /// <summary>Room type of an ordinary meeting; a moderated meeting (<c>start webinar</c>) is always a <c>webinar</c> room.</summary>
    public string RoomType { get; set; } = "lesson";

    /// <summary>How long a personal link works: a long working day with its overrun (vendor advice: meeting + 2 h).</summary>
    public int LinkTtlSeconds { get; set; } = 12 * 3600;

    /// <summary>Longest wait for one HTTP answer from MoodHood.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The secret MoodHood gave when the space's webhook was registered (reference §5.11); set, the bot serves
    /// <c>POST /moodhood/webhook</c> and accepts events signed with it. Unset: no webhook endpoint.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The shortest webhook secret accepted: a guessable one would let anybody move the cards.</summary>
    internal const int MinWebhookSecretLength = 16;

    internal bool ReceivesWebhooks => !string.IsNullOrEmpty(WebhookSecret);

    internal bool UsesPersonalToken => !string.IsNullOrWhiteSpace(PersonalToken);

    internal TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
