using MeetingBot.Storage;

namespace MeetingBot.Slack.Delivery;

/// <summary>A message for a Slack conversation as the outbox keeps it: where it goes and the JSON the method takes.</summary>
internal static class SlackOutboxMessage
{
    /// <param name="meetingKey">When the message is a meeting's card: its message id is remembered with the meeting.</param>
    public static OutboxMessage For(string key, SlackReplyTarget target, byte[] body, string? meetingKey = null) =>
        new(
            ReplyKey: key,
            Source: SlackReplyTransport.SourceName,
            // One channel's messages (and updates) go out in order.
            Conversation: "slack|" + target.Channel,
            Target: SlackReplyTransport.SerializeTarget(target),
            Body: body,
            MeetingKey: meetingKey);
}
