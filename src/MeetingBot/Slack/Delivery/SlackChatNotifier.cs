using MeetingBot.Delivery;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using MeetingBot.Slack.Calls;
using MeetingBot.Slack.Inbound;
using MeetingBot.Telemetry;

namespace MeetingBot.Slack.Delivery;

/// <summary>
/// Posts into a Slack channel, or replaces a message the bot posted there (<c>chat.update</c>), outside any request —
/// a meeting's card following the meeting — through the durable outbox.
/// </summary>
internal sealed class SlackChatNotifier(ReplyOutbox outbox, SlackCalls calls, MeetingBotMetrics metrics) : IChannelNotifier
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
        var card = reply as MeetingCardReply;
        var call = card is null ? null : await calls.FindAsync(card.Meeting.MeetingRef, cancellationToken).ConfigureAwait(false);
        var drawn = SlackReplyRenderer.Render(reply);
        var message = SlackOutboxMessage.For(
            KeyOf(destination, updateKey), new SlackReplyTarget(SlackSendKind.Update, channel, Ts: messageId),
            SlackMessageBodies.Update(channel, messageId, call is null ? drawn : SlackCalls.WithCall(drawn, call.CallId)));
        await SendAsync(message, cancellationToken).ConfigureAwait(false);

        // After the card, so the call's participants or end never hold it up.
        if (card is not null && call is not null)
        {
            await calls.FollowAsync(card.Meeting, call, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A direct message (the user id as channel); when Slack refuses it, an ephemeral message in the conversation.</summary>
    public Task SendPrivatelyAsync(PrivateDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken)
    {
        var message = SlackOutboxMessage.For(
            messageKey,
            new SlackReplyTarget(SlackSendKind.Post, destination.UserId, User: destination.UserId, FallbackEphemeralChannel: destination.ConversationId),
            SlackMessageBodies.PostMessage(destination.UserId, threadTs: null, SlackReplyRenderer.Render(reply)));
        return SendAsync(message, cancellationToken);
    }

    private static string KeyOf(ChatDestination destination, string key) => $"{destination.Channel}|{destination.ConversationId}|{key}";

    // The caller's key may have been sent before; the outbox then sends nothing again.
    private Task<string?> SendAsync(Storage.OutboxMessage message, CancellationToken cancellationToken) =>
        outbox.SendCountedAsync(message, mayRepeat: true, metrics, SlackConversation.ChannelName, cancellationToken);
}
