using MeetingBot.Delivery;
using MeetingBot.Meetings;
using MeetingBot.Slack.Api;
using MeetingBot.Slack.Blocks;
using MeetingBot.Slack.Calls;
using MeetingBot.Slack.Delivery;
using MeetingBot.Telemetry;

namespace MeetingBot.Slack.Inbound;

/// <summary>
/// The meeting core's view of one Slack request. What concerns the conversation (a meeting's card, a success) is
/// posted where the request was made; errors, refusals, help and personal lists are shown only to the person who
/// asked. Everything goes through the durable outbox.
/// </summary>
internal sealed class SlackConversation(
    SlackRequestOrigin origin, SlackSender sender, int attempt, ReplyOutbox outbox, SlackWebApiClient api, SlackPeople people, SlackCalls calls, MeetingBotMetrics metrics)
    : IChatConversation
{
    public const string ChannelName = "slack";

    private int _replies;

    public string Channel => ChannelName;

    public string ConversationId => origin.ChannelId;

    public ChatUser Sender => sender.User;

    public string? SenderLocale => sender.Locale;

    public string? SenderTimeZone => sender.TimeZone;

    /// <summary>The workspace: Slack's Web API is one address, the workspace is what a later message needs.</summary>
    public string ServiceAddress => origin.TeamId;

    public ChatPlace Place => new(origin.TeamId, TeamId: null, origin.ChannelId);

    public string? ThreadId => origin.ThreadTs;

    public string RequestKey => string.Concat(ChannelName, "|", origin.ChannelId, "|", origin.RequestId);

    public int Attempt => attempt;

    public async Task<string?> ReplyAsync(BotReply reply, CancellationToken cancellationToken)
    {
        var message = SlackReplyRenderer.Render(reply);
        if (reply is MeetingCardReply card && await calls.RegisterAsync(card.Meeting, origin.UserId, cancellationToken).ConfigureAwait(false) is { } callId)
        {
            message = SlackCalls.WithCall(message, callId);
        }

        var (target, body) = IsForTheConversation(reply) ? Public(message) : Private(message);
        var outboxMessage = SlackOutboxMessage.For(
            $"{RequestKey}#{Interlocked.Increment(ref _replies)}", target, body, meetingKey: reply is MeetingCardReply ? RequestKey : null);
        return await outbox.SendCountedAsync(outboxMessage, mayRepeat: attempt > 1, metrics, Channel, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Slack shows bots no typing; a slash command that takes a while says so, to its sender only.</summary>
    public Task ShowTypingAsync(CancellationToken cancellationToken) =>
        origin is { Kind: SlackRequestKind.SlashCommand, ResponseUrl: { } responseUrl }
            ? api.PostToResponseUrlAsync(responseUrl, SlackMessageBodies.Response(new SlackMessage(BotTexts.StillWorking, []), inChannel: false, replaceOriginal: false), cancellationToken)
            : Task.CompletedTask;

    public Task<IReadOnlyList<ChatUser>> ListMembersAsync(CancellationToken cancellationToken) =>
        people.ListMembersAsync(origin.ChannelId, cancellationToken);

    public async Task<string?> FindEmailAsync(string chatUserId, CancellationToken cancellationToken) =>
        (await api.GetUserAsync(chatUserId, cancellationToken).ConfigureAwait(false))?.Email;

    private static bool IsForTheConversation(BotReply reply) =>
        reply is MeetingCardReply or ForgottenMeetingReply or ParticipantsReply or NoticeReply { Kind: not NoticeKind.Problem };

    private (SlackReplyTarget, byte[]) Public(SlackMessage message)
    {
        var target = new SlackReplyTarget(
            SlackSendKind.Post, origin.ChannelId, ThreadTs: origin.ThreadTs,
            FallbackResponseUrl: origin.Kind == SlackRequestKind.SlashCommand ? origin.ResponseUrl : null);
        return (target, SlackMessageBodies.PostMessage(origin.ChannelId, origin.ThreadTs, message));
    }

    private (SlackReplyTarget, byte[]) Private(SlackMessage message)
    {
        if (origin.IsBotDirectMessage)
        {
            return Public(message);
        }

        if (origin.ResponseUrl is { } responseUrl)
        {
            return (new SlackReplyTarget(SlackSendKind.Response, origin.ChannelId, ResponseUrl: responseUrl),
                SlackMessageBodies.Response(message, inChannel: false, replaceOriginal: false));
        }

        return (new SlackReplyTarget(SlackSendKind.Ephemeral, origin.ChannelId, ThreadTs: origin.ThreadTs, User: origin.UserId),
            SlackMessageBodies.Ephemeral(origin.ChannelId, origin.UserId, origin.ThreadTs, message));
    }
}
