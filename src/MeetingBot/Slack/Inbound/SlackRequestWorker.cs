using MeetingBot.Commands;
using MeetingBot.Delivery;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Slack.Api;
using MeetingBot.Slack.Blocks;
using MeetingBot.Slack.Calls;
using MeetingBot.Slack.Delivery;
using MeetingBot.Telemetry;

namespace MeetingBot.Slack.Inbound;

/// <summary>Does an accepted Slack request's work, after the acknowledgement: commands, mentions, DMs, clicks and the Home tab.</summary>
internal sealed partial class SlackRequestWorker(
    CommandParser parser,
    CommandDispatcher commands,
    CardActionDispatcher cardActions,
    SlackWebApiClient api,
    SlackPeople people,
    SlackHome home,
    SlackCalls calls,
    ReaderLanguages readers,
    ReplyOutbox outbox,
    MeetingBotMetrics metrics,
    ILogger<SlackRequestWorker> logger)
{
    public Task RunAsync(SlackWork work, int attempt, CancellationToken cancellationToken) => work switch
    {
        { Command: { } command } => RunCommandAsync(command, attempt, cancellationToken),
        { Event: { Type: "app_home_opened" } opened, TeamId: { } team } => home.PublishAsync(team, opened.User!, cancellationToken),
        { Event: { } message, TeamId: { } team } => RunMessageAsync(team, message, attempt, cancellationToken),
        { Interaction: { } interaction } => RunInteractionAsync(interaction, attempt, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task RunCommandAsync(SlackSlashCommand command, int attempt, CancellationToken cancellationToken)
    {
        var origin = new SlackRequestOrigin(
            SlackRequestKind.SlashCommand, command.TeamId, command.ChannelId, command.UserId, command.TriggerId, ResponseUrl: command.ResponseUrl);
        try
        {
            await DispatchAsync(origin, command.Text, attempt, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException error) when (error.Method != SlackWebApiClient.ResponseUrlMethod)
        {
            // Slack's Web API failed the bot before it could answer (who is asking, their e-mail); the command's
            // response_url is another service of Slack's, so the person still hears why nothing happened.
            LogWebApiDown(error, error.Method, error.Error);
            // Who asked is unknown (that is what failed): the bot's default language.
            using var language = TextLanguage.Use(readers.Languages.Default);
            var words = SlackReplyRenderer.Render(new NoticeReply(NoticeKind.Problem, SlackTexts.WebApiDown));
            await api.PostToResponseUrlAsync(command.ResponseUrl, SlackMessageBodies.Response(words, inChannel: false, replaceOriginal: false), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private Task RunMessageAsync(string teamId, SlackEvent message, int attempt, CancellationToken cancellationToken) =>
        DispatchAsync(
            new SlackRequestOrigin(
                SlackRequestKind.Message, teamId, message.Channel!, message.User!, message.EventTs ?? message.Ts!,
                ThreadTs: message.ThreadTs, IsBotDirectMessage: message.ChannelType == "im"),
            message.Text, attempt, cancellationToken);

    private async Task DispatchAsync(SlackRequestOrigin origin, string? text, int attempt, CancellationToken cancellationToken)
    {
        var identity = await api.GetIdentityAsync(cancellationToken).ConfigureAwait(false);
        var mentioned = SlackMarkup.MentionedUserIds(text ?? string.Empty).Where(id => id != identity.UserId).ToArray();
        var names = await people.NamesAsync(mentioned, cancellationToken).ConfigureAwait(false);
        var (plain, mentions) = SlackMarkup.Read(text, identity.UserId, id => names.GetValueOrDefault(id));
        var chat = await ConversationAsync(origin, attempt, cancellationToken).ConfigureAwait(false);
        // Set before the text is read: the reader's language is also the one whose command words are tried first.
        using var language = TextLanguage.Use(await readers.OfSenderAsync(chat, cancellationToken).ConfigureAwait(false));
        var command = origin.Kind == SlackRequestKind.SlashCommand ? SlashCommandText.Parse(parser, plain, mentions) : parser.Parse(plain, mentions);
        await commands.HandleAsync(command, chat, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunInteractionAsync(SlackInteraction interaction, int attempt, CancellationToken cancellationToken)
    {
        var channelId = interaction.Container?.ChannelId ?? interaction.Channel?.Id;
        var teamId = interaction.Team?.Id ?? interaction.User.TeamId;
        if (channelId is null || teamId is null)
        {
            return;
        }

        foreach (var action in interaction.Actions ?? [])
        {
            if (SlackCardActions.ToRequest(action) is not { } request)
            {
                continue;
            }

            var origin = new SlackRequestOrigin(
                SlackRequestKind.Action, teamId, channelId, interaction.User.Id, interaction.TriggerId ?? action.ActionTs ?? action.ActionId,
                ResponseUrl: interaction.ResponseUrl);
            var chat = await ConversationAsync(origin, attempt, cancellationToken).ConfigureAwait(false);
            // The clicker's language for what they see; the shared card, when the action updates it, stays in the meeting's.
            using var language = TextLanguage.Use(await readers.OfSenderAsync(chat, cancellationToken).ConfigureAwait(false));
            using var zone = TextTimeZone.Use(TextTimeZone.Find(chat.SenderTimeZone));
            var result = await RunActionAsync(request, chat, cancellationToken).ConfigureAwait(false);
            await ShowAsync(result, interaction, chat, attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CardActionResult> RunActionAsync(CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken)
    {
        try
        {
            return await cardActions.HandleAsync(request, chat, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogActionFailed(error, request.Verb);
            return new ActionFailed("ServiceError", BotTexts.CardActionFailed);
        }
    }

    /// <summary>
    /// What the clicker sees. The core has already updated the meeting's message for everyone; a card meant for the
    /// clicker alone (a note such as a refusal, or who is in) and words are shown only to them, since a Slack message
    /// looks the same to everybody. A plain card replaces the clicked message (which may be one the core cannot
    /// reach, such as a card posted through a response_url).
    /// </summary>
    private async Task ShowAsync(CardActionResult result, SlackInteraction interaction, SlackConversation chat, int attempt, CancellationToken cancellationToken)
    {
        if (interaction.ResponseUrl is not { } responseUrl)
        {
            return;
        }

        var (reply, replaceOriginal) = result switch
        {
            ReplaceCard { Reply: MeetingCardReply { Meeting: { Note: null, Participants: null } } } plain => (plain.Reply, true),
            ReplaceCard forClicker => (forClicker.Reply, false),
            // Never in place of the shared message: a personal link is the clicker's alone.
            ShowPrivately secret => (secret.Reply, false),
            ShowMessage show => (new NoticeReply(NoticeKind.Info, show.Text), false),
            ActionFailed failed => ((BotReply)new NoticeReply(NoticeKind.Problem, failed.Message), false),
            _ => (null, false),
        };
        if (reply is null)
        {
            return;
        }

        var drawn = SlackReplyRenderer.Render(reply);
        // The shared message keeps its call, or replacing it would take the call off.
        if (replaceOriginal && reply is MeetingCardReply card && await calls.FindAsync(card.Meeting.MeetingRef, cancellationToken).ConfigureAwait(false) is { } call)
        {
            drawn = SlackCalls.WithCall(drawn, call.CallId);
        }

        var message = SlackOutboxMessage.For(
            chat.RequestKey + "#result", new SlackReplyTarget(SlackSendKind.Response, chat.ConversationId, ResponseUrl: responseUrl),
            SlackMessageBodies.Response(drawn, inChannel: replaceOriginal && interaction.Container is not { IsEphemeral: true }, replaceOriginal: replaceOriginal));
        await outbox.SendAsync(message, mayRepeat: attempt > 1, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SlackConversation> ConversationAsync(SlackRequestOrigin origin, int attempt, CancellationToken cancellationToken)
    {
        var sender = await people.FindSenderAsync(origin.UserId, cancellationToken).ConfigureAwait(false);
        return new SlackConversation(origin, sender, attempt, outbox, api, people, calls, metrics);
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "The Slack button {Verb} failed")]
    private partial void LogActionFailed(Exception error, string verb);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Slack's Web API failed a slash command ({Method}: {SlackError}); the person was told through its response_url")]
    private partial void LogWebApiDown(Exception error, string method, string slackError);
}
