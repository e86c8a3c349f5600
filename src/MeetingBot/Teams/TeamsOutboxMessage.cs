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
        new(
            ReplyKey: replyKey,
            Source: ConnectorReplyTransport.SourceName,
            // One conversation's messages go out in order.
            Conversation: $"{channel}|{conversationId}",
            Target: ConnectorReplyTransport.SerializeTarget(new ConnectorReplyTarget(serviceUrl, conversationId, replyToId)),
            Body: JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJsonContext.Default.OutboundActivity),
            MeetingKey: meetingKey);
}
