using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;
using MeetingBot.Meetings;
using MeetingBot.Telemetry;

namespace MeetingBot.Teams;

/// <summary>
/// Posts into a Teams conversation, or replaces a message the bot sent there, outside any command (after a sign-in,
/// when a meeting's card changes) through the durable outbox, so a Connector hiccup delays it instead of losing it.
/// </summary>
internal sealed class TeamsChatNotifier(ReplyOutbox outbox, MeetingBotMetrics metrics) : IChannelNotifier
{
    /// <summary>The Bot Framework channels this bot answers: Teams, and the Emulator and Web Chat used to try it.</summary>
    public bool Serves(string channel) => channel is "msteams" or "emulator" or "webchat";

    public Task<string?> SendAsync(ChatDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken)
    {
        var outbound = TeamsReplyRenderer.RenderNew(reply, destination.ConversationId) with { ReplyToId = destination.ReplyToId };
        var message = TeamsOutboxMessage.For(
            KeyOf(destination, messageKey), destination.Channel, destination.ServiceAddress, destination.ConversationId, destination.ReplyToId, outbound);
        return SendAsync(destination, message, cancellationToken);
    }

    public Task UpdateAsync(ChatDestination destination, string messageId, BotReply reply, string updateKey, CancellationToken cancellationToken)
    {
        // Drawn as a card whatever the reply (a notice too): the message it replaces is a card, and stays one.
        var outbound = TeamsReplyRenderer.RenderNew(reply, destination.ConversationId) with
        {
            Text = null,
            TextFormat = null,
            Attachments = [CardAttachment.For(TeamsReplyRenderer.CardFor(reply))],
        };
        var message = TeamsOutboxMessage.ForUpdate(
            KeyOf(destination, updateKey), destination.Channel, destination.ServiceAddress, destination.ConversationId, messageId, outbound);
        return SendAsync(destination, message, cancellationToken);
    }

    public Task SendPrivatelyAsync(PrivateDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken)
    {
        var outbound = TeamsReplyRenderer.RenderNew(reply, conversationId: "") with { Conversation = new ConversationAccount() };
        var message = TeamsOutboxMessage.ForPerson(messageKey, destination.Channel, destination.ServiceAddress, destination.UserId, destination.TenantId, outbound);
        return outbox.SendCountedAsync(message, mayRepeat: true, metrics, destination.Channel, cancellationToken);
    }

    private static string KeyOf(ChatDestination destination, string key) => $"{destination.Channel}|{destination.ConversationId}|{key}";

    // The caller's key may have been sent before; the outbox then sends nothing again.
    private Task<string?> SendAsync(ChatDestination destination, Storage.OutboxMessage message, CancellationToken cancellationToken) =>
        outbox.SendCountedAsync(message, mayRepeat: true, metrics, destination.Channel, cancellationToken);
}
