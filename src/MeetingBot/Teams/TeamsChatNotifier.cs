using System.Text.Json;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;
using MeetingBot.Meetings;
using MeetingBot.Storage;
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
        var message = new OutboxMessage(
            // Nothing repeats a notification (each follows a one-time event), so each has a key of its own.
            ReplyKey: $"{destination.Channel}|{destination.ConversationId}|notice:{Guid.NewGuid():N}",
            Source: ConnectorReplyTransport.SourceName,
            Conversation: $"{destination.Channel}|{destination.ConversationId}",
            Target: ConnectorReplyTransport.SerializeTarget(new ConnectorReplyTarget(destination.ServiceAddress, destination.ConversationId, null)),
            Body: JsonSerializer.SerializeToUtf8Bytes(outbound, BotFrameworkJsonContext.Default.OutboundActivity));
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
