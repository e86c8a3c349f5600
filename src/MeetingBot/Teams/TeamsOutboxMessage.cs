using System.Text.Json;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Storage;

namespace MeetingBot.Teams;

/// <summary>An activity for a Teams conversation, as the outbox keeps it: the Connector address and the UTF-8 JSON.</summary>
internal static class TeamsOutboxMessage
{
    /// <param name="replyToId">The activity answered in place, or null for a new message in the conversation.</param>
    public static OutboxMessage For(
        string replyKey, string channel, string serviceUrl, string conversationId, string? replyToId, OutboundActivity activity, string? meetingKey = null) =>
        Build(replyKey, channel, new ConnectorReplyTarget(serviceUrl, conversationId, replyToId), activity, meetingKey);

    /// <summary>The activity in place of the message <paramref name="messageId"/> the bot sent earlier.</summary>
    public static OutboxMessage ForUpdate(string updateKey, string channel, string serviceUrl, string conversationId, string messageId, OutboundActivity activity) =>
        Build(updateKey, channel, new ConnectorReplyTarget(serviceUrl, conversationId, ReplyToId: null, UpdateActivityId: messageId), activity, meetingKey: null);

    /// <summary>The activity for the bot's 1:1 chat with one person, opened when it is delivered.</summary>
    public static OutboxMessage ForPerson(string key, string channel, string serviceUrl, string userId, string? tenantId, OutboundActivity activity) =>
        Build(key, channel, new ConnectorReplyTarget(serviceUrl, ConversationId: "", ReplyToId: null, PersonalUserId: userId, TenantId: tenantId), activity, meetingKey: null,
            conversation: $"{channel}|personal|{userId}");

    private static OutboxMessage Build(string key, string channel, ConnectorReplyTarget target, OutboundActivity activity, string? meetingKey, string? conversation = null) =>
        new(
            ReplyKey: key,
            Source: ConnectorReplyTransport.SourceName,
            // One conversation's messages (and updates) go out in order.
            Conversation: conversation ?? $"{channel}|{target.ConversationId}",
            Target: ConnectorReplyTransport.SerializeTarget(target),
            Body: JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJsonContext.Default.OutboundActivity),
            MeetingKey: meetingKey);
}
