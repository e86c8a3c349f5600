namespace MeetingBot.Slack.Inbound;

/// <summary>An Events API delivery: <c>event_callback</c> (with <see cref="Event"/>), <c>url_verification</c> or <c>app_rate_limited</c>.</summary>
/// <param name="EventId">Globally unique: the event's de-duplication key.</param>
public sealed record SlackEventEnvelope(
    string Type,
    string? EventId = null,
    string? TeamId = null,
    string? ApiAppId = null,
    string? Challenge = null,
    SlackEvent? Event = null);

/// <summary>The inner event: <c>app_mention</c>, <c>message</c> (a DM to the app), <c>app_home_opened</c>, …</summary>
public sealed record SlackEvent(
    string Type,
    string? User = null,
    string? Text = null,
    string? Ts = null,
    string? Channel = null,
    string? ChannelType = null,
    string? ThreadTs = null,
    string? BotId = null,
    string? Subtype = null,
    string? Tab = null,
    string? EventTs = null);
