using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings;
using MeetingBot.Telemetry;

namespace MeetingBot.Teams;

/// <summary>The meeting core's view of one Teams message: replies go back to the message through the Connector.</summary>
internal sealed class TeamsConversation(Activity activity, BotConnectorClient connector, TeamsMemberDirectory members, MeetingBotMetrics metrics) : IChatConversation
{
    private string ServiceUrl => activity.ServiceUrl!;

    public string Channel => activity.ChannelId ?? "msteams";

    public string ConversationId => activity.Conversation!.Id!;

    public ChatUser Sender { get; } = new(activity.From?.Id ?? string.Empty, activity.From?.Name ?? string.Empty);

    public string ServiceAddress => ServiceUrl;

    public string RequestKey => TeamsRequestKey.For(activity);

    public async Task<string?> ReplyAsync(BotReply reply, CancellationToken cancellationToken)
    {
        var outbound = TeamsReplyRenderer.Render(reply, activity);
        try
        {
            // Only messages are answered in place; events such as "bot added" get a new message in the conversation.
            var messageId = await (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id)
                ? connector.SendToConversationAsync(ServiceUrl, ConversationId, outbound, cancellationToken)
                : connector.ReplyToActivityAsync(ServiceUrl, ConversationId, activity.Id, outbound, cancellationToken)).ConfigureAwait(false);
            metrics.ReplySent(Channel, "sent");
            return messageId;
        }
        catch (BotConnectorException error)
        {
            metrics.ReplySent(Channel, "failed");
            throw new ChatDeliveryException(error.Message, error);
        }
    }

    public Task ShowTypingAsync(CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(ServiceUrl, ConversationId, TeamsReplyRenderer.Typing(activity), cancellationToken);

    public Task<string?> FindEmailAsync(string chatUserId, CancellationToken cancellationToken) =>
        members.FindEmailAsync(ServiceUrl, ConversationId, chatUserId, cancellationToken);
}
