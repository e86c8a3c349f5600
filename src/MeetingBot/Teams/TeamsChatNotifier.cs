using MeetingBot.Delivery;
using MeetingBot.Meetings;
using MeetingBot.Telemetry;

namespace MeetingBot.Teams;

/// <summary>
/// Posts a new message into a Teams conversation (e.g. the confirmation after a sign-in) through the durable
/// outbox, so a Connector hiccup delays it instead of losing it.
/// </summary>
internal sealed class TeamsChatNotifier(ReplyOutbox outbox, MeetingBotMetrics metrics) : IChatNotifier
{
    public async Task SendAsync(ChatDestination destination, BotReply reply, CancellationToken cancellationToken)
    {
        var outbound = TeamsReplyRenderer.RenderNew(reply, destination.ConversationId);
        // Nothing repeats a notification (each follows a one-time event), so each has a key of its own.
        var message = TeamsOutboxMessage.For(
            $"{destination.Channel}|{destination.ConversationId}|notice:{Guid.NewGuid():N}", destination.Channel,
            destination.ServiceAddress, destination.ConversationId, replyToId: null, outbound);
        try
        {
            await outbox.SendAsync(message, mayRepeat: false, cancellationToken).ConfigureAwait(false);
            metrics.ReplySent(destination.Channel, "sent");
        }
        catch (ChatDeliveryException)
        {
            metrics.ReplySent(destination.Channel, "failed");
            throw;
        }
    }
}
