namespace MeetingBot.MeetingPages;

/// <summary>The meeting page's settings, in the <c>MeetingBot</c> section beside the bot's other settings.</summary>
public sealed class MeetingPageOptions
{
    public const string SectionName = "MeetingBot";

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs meeting-page links. Unset → one is generated once and kept in the
    /// bot's store; set it when several instances do not share a store.
    /// </summary>
    public string? PageSigningKey { get; set; }

    /// <summary>How long a meeting-page link works after the bot gave it out.</summary>
    public TimeSpan PageLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
