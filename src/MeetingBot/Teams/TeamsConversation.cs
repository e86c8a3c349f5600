using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;
using MeetingBot.Meetings;
using MeetingBot.Telemetry;

namespace MeetingBot.Teams;

/// <summary>
/// The meeting core's view of one Teams message: replies go back to the message through the durable outbox, which
/// sends them through the Connector and retries them when Teams does not take them.
/// </summary>
internal sealed class TeamsConversation(
    Activity activity, int attempt, ReplyOutbox outbox, BotConnectorClient connector, TeamsMemberDirectory members, MeetingBotMetrics metrics) : IChatConversation
{
    private int _replies;

    private string ServiceUrl => activity.ServiceUrl!;

    public string Channel => activity.ChannelId ?? "msteams";

    public string ConversationId => activity.Conversation!.Id!;

    public ChatUser Sender { get; } = new(activity.From?.Id ?? string.Empty, activity.From?.Name ?? string.Empty);

    public string? SenderLocale => activity.Locale;

    // Cards carry times as Adaptive Card DATE/TIME, which each reader's client draws in its own zone; the zone is for
    // the few times the bot writes out itself (a card's fallback text).
    public string? SenderTimeZone { get; } = TeamsTimeZone.Of(activity);

    public string ServiceAddress => ServiceUrl;

    public ChatPlace Place { get; } = TeamsPlace.Of(activity);

    public string? ThreadId => activity.Type == ActivityTypes.Message && !string.IsNullOrEmpty(activity.Id) ? activity.Id : null;

    public string RequestKey => TeamsRequestKey.For(activity);

    public int Attempt => attempt;

    public async Task<string?> ReplyAsync(BotReply reply, CancellationToken cancellationToken)
    {
        // Only messages are answered in place; events such as "bot added" and card clicks get a new message in the conversation.
        var replyTo = ThreadId;
        var outbound = TeamsReplyRenderer.Render(reply, activity) with { ReplyToId = replyTo };
        // The n-th reply of a command keeps its key when the command runs again after a restart: sent once.
        var message = TeamsOutboxMessage.For(
            $"{RequestKey}#{Interlocked.Increment(ref _replies)}", Channel, ServiceUrl, ConversationId, replyTo, outbound,
            meetingKey: reply is MeetingCardReply ? RequestKey : null);
        return await outbox.SendCountedAsync(message, mayRepeat: attempt > 1, metrics, Channel, cancellationToken).ConfigureAwait(false);
    }

    public Task ShowTypingAsync(CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(ServiceUrl, ConversationId, TeamsReplyRenderer.Typing(activity), cancellationToken);

    public Task<IReadOnlyList<ChatUser>> ListMembersAsync(CancellationToken cancellationToken) =>
        members.ListAsync(ServiceUrl, ConversationId, cancellationToken);

    public Task<string?> FindEmailAsync(string chatUserId, CancellationToken cancellationToken) =>
        members.FindEmailAsync(ServiceUrl, ConversationId, chatUserId, cancellationToken);
}
