using MeetingBot.BotFramework.Connector;
using MeetingBot.Meetings;
using MeetingBot.Telemetry;

namespace MeetingBot.Teams;

/// <summary>Posts a new message into a Teams conversation through the Connector (e.g. the confirmation after a sign-in).</summary>
internal sealed class TeamsChatNotifier(BotConnectorClient connector, MeetingBotMetrics metrics) : IChatNotifier
{
    public async Task SendAsync(ChatDestination destination, BotReply reply, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendToConversationAsync(
                destination.ServiceAddress, destination.ConversationId, TeamsReplyRenderer.RenderNew(reply, destination.ConversationId), cancellationToken).ConfigureAwait(false);
            metrics.ReplySent(destination.Channel, "sent");
        }
        catch (BotConnectorException error)
        {
            metrics.ReplySent(destination.Channel, "failed");
            throw new ChatDeliveryException(error.Message, error);
        }
    }
}
