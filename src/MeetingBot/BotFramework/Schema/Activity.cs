using System.Text.Json;

namespace MeetingBot.BotFramework.Schema;

/// <summary>An inbound Bot Framework activity: only the fields the bot reads; unknown fields are ignored.</summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }

    /// <summary>The sender's time zone as the client tells it (IANA, <c>Europe/Moscow</c>).</summary>
    public string? LocalTimezone { get; set; }
    public string? ReplyToId { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public string? Action { get; set; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
}
