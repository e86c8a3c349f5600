namespace MeetingBot.Slack;

/// <summary>Settings of the <c>Slack</c> configuration section. Slack is off while none of the three secrets is set.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Signs every HTTP request Slack sends (Basic Information → Signing Secret). Not needed in Socket Mode.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The Bot User OAuth Token (<c>xoxb-…</c>) for Web API calls.</summary>
    public string? BotToken { get; set; }

    /// <summary>An app-level token (<c>xapp-…</c>, scope <c>connections:write</c>): set, the bot opens a Socket Mode connection itself.</summary>
    public string? AppToken { get; set; }

    /// <summary>Base address of the Web API; tests and proxies point it elsewhere.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Longest wait for one Web API answer.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    internal bool IsEnabled =>
        !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken) || !string.IsNullOrWhiteSpace(AppToken);

    internal bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);
}
