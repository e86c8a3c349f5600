using MeetingBot.Delivery;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using MeetingBot.Slack.Inbound;
using MeetingBot.Telemetry;

namespace MeetingBot.Slack.Delivery;

/// <summary>
/// Posts into a Slack channel, or replaces a message the bot posted there (<c>chat.update</c>), outside any request —
/// a meeting's card following the meeting — through the durable outbox.
/// </summary>
internal sealed class SlackChatNotifier(ReplyOutbox outbox, MeetingBotMetrics metrics) : IChannelNotifier
{
    public bool Serves(string channel) => channel == SlackConversation.ChannelName;

    public Task<string?> SendAsync(ChatDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken)
    {
        var channel = destination.ConversationId;
        var message = SlackOutboxMessage.For(
            KeyOf(destination, messageKey), new SlackReplyTarget(SlackSendKind.Post, channel, ThreadTs: destination.ReplyToId),
            SlackMessageBodies.PostMessage(channel, destination.ReplyToId, SlackReplyRenderer.Render(reply)));
        return SendAsync(message, cancellationToken);
    }

    public async Task UpdateAsync(ChatDestination destination, string messageId, BotReply reply, string updateKey, CancellationToken cancellationToken)
    {
        var channel = destination.ConversationId;
        var message = SlackOutboxMessage.For(
            KeyOf(destination, updateKey), new SlackReplyTarget(SlackSendKind.Update, channel, Ts: messageId),
            SlackMessageBodies.Update(channel, messageId, SlackReplyRenderer.Render(reply)));
        await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private static string KeyOf(ChatDestination destination, string key) => $"{destination.Channel}|{destination.ConversationId}|{key}";

    private async Task<string?> SendAsync(Storage.OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            // The caller's key may have been sent before; the outbox then sends nothing again.
            var messageId = await outbox.SendAsync(message, mayRepeat: true, cancellationToken).ConfigureAwait(false);
            metrics.ReplySent(SlackConversation.ChannelName, "sent");
            return messageId;
        }
        catch (ChatDeliveryException)
        {
            metrics.ReplySent(SlackConversation.ChannelName, "failed");
            throw;
        }
    }
}
