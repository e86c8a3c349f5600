using System.Text.Json;

namespace MeetingBot.Slack.Api;

/// <summary>
/// The parts of Slack's answers the bot reads, for every method at once: the <c>ok</c>/<c>error</c> envelope plus the
/// few method-specific fields. <c>channel</c> is a string (<c>chat.*</c>) or an object (<c>conversations.open</c>);
/// <c>user</c> an object (<c>users.info</c>) or the bot's name (<c>auth.test</c>).
/// </summary>
internal sealed record SlackApiResponse(
    bool Ok,
    string? Error,
    string? Warning,
    string? Ts,
    string? MessageTs,
    JsonElement? Channel,
    SlackCallWire? Call,
    JsonElement? User,
    IReadOnlyList<string>? Members,
    SlackResponseMetadata? ResponseMetadata,
    string? UserId,
    string? BotId,
    string? TeamId,
    string? Url)
{
    public string? ChannelId => Channel switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Object } channel when channel.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
        _ => null,
    };

    public SlackUserWire? UserObject => User is { ValueKind: JsonValueKind.Object } user
        ? user.Deserialize(SlackApiJsonContext.Default.SlackUserWire)
        : null;
}

internal sealed record SlackCallWire(string? Id);

internal sealed record SlackResponseMetadata(string? NextCursor);

internal sealed record SlackUserWire(
    string? Id,
    string? Name,
    string? RealName,
    bool IsBot,
    bool Deleted,
    string? Tz,
    string? Locale,
    SlackProfileWire? Profile);

internal sealed record SlackProfileWire(string? Email, string? RealName, string? DisplayName);
