using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Telemetry;
using Microsoft.Extensions.Options;

namespace MeetingBot.Teams;

/// <summary>
/// Answers a click on a card button (<c>adaptiveCard/action</c>) inline: the meeting core's result drawn as the
/// replacement card or a message, or — when the action takes longer than <see cref="MeetingBotOptions.InvokeBudget"/> —
/// "still working", with the action left to finish and its result sent to the chat (the clicked card updated in place).
/// The answer is in the clicker's language and time zone; the shared card, when the action updates it, stays in the meeting's.
/// </summary>
public sealed partial class TeamsCardActions(
    CardActionDispatcher dispatcher,
    IChatNotifier notifier,
    ReplyOutbox outbox,
    BotConnectorClient connector,
    TeamsMemberDirectory members,
    ReaderLanguages readers,
    MeetingBotMetrics metrics,
    IOptionsMonitor<MeetingBotOptions> options,
    TimeProvider clock,
    ILogger<TeamsCardActions> logger)
{
    public const string InvokeName = "adaptiveCard/action";

    public async Task<InvokeResponse> AnswerAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (CardActionValue.Parse(activity.Value) is not { } request || activity.Conversation?.Id is null || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return InvokeResponse.Error(StatusCodes.Status400BadRequest, "BadRequest", BotTexts.MalformedCardAction);
        }

        var chat = new TeamsConversation(activity, attempt: 1, outbox, connector, members, metrics);
        // Set before the work starts, so that work finishing after the answer (DeliverLateAsync) keeps it too.
        using var language = TextLanguage.Use(await readers.OfSenderAsync(chat, cancellationToken).ConfigureAwait(false));
        using var zone = TextTimeZone.Use(TextTimeZone.Find(chat.SenderTimeZone));
        var work = RunAsync(request, chat, cancellationToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(options.CurrentValue.InvokeBudget, clock, budget.Token);
        if (await Task.WhenAny(work, deadline).ConfigureAwait(false) == work)
        {
            await budget.CancelAsync().ConfigureAwait(false);
            return Render(await work.ConfigureAwait(false));
        }

        LogSlow(request.Verb);
        _ = DeliverLateAsync(work, activity, chat, cancellationToken);
        return InvokeResponse.Message(BotTexts.StillWorking);
    }

    /// <summary>
    /// Replaced card → the card (<c>card.adaptive</c>); message → <c>activity.message</c>; failure → an error body:
    /// 400 for what the click asked wrong (a verb nobody knows, data the action does not take), 500 for every other
    /// failure (the bot or its video backend could not do it). Outer HTTP status stays 200 either way (§6.4).
    /// </summary>
    private static InvokeResponse Render(CardActionResult result) => result switch
    {
        ReplaceCard replace => InvokeResponse.Card(TeamsReplyRenderer.CardFor(replace.Reply)),
        // The invoke's card is shown to the clicker alone; the shared card stays as it is for everyone else.
        ShowPrivately secret => InvokeResponse.Card(TeamsReplyRenderer.CardFor(secret.Reply)),
        ShowMessage show => InvokeResponse.Message(show.Text),
        ActionFailed { Code: "UnknownAction" or "BadRequest" } refused => InvokeResponse.Error(StatusCodes.Status400BadRequest, refused.Code, refused.Message),
        ActionFailed failed => InvokeResponse.Error(StatusCodes.Status500InternalServerError, failed.Code, failed.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    private async Task<CardActionResult> RunAsync(CardActionRequest request, TeamsConversation chat, CancellationToken cancellationToken)
    {
        try
        {
            return await dispatcher.HandleAsync(request, chat, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(error, request.Verb);
            return new ActionFailed("ServiceError", BotTexts.CardActionFailed);
        }
    }

    /// <summary>The result of an action answered "still working": the clicked card is updated, or the words posted.</summary>
    private async Task DeliverLateAsync(Task<CardActionResult> work, Activity activity, TeamsConversation chat, CancellationToken cancellationToken)
    {
        var result = await work.ConfigureAwait(false);
        var destination = new ChatDestination(chat.Channel, chat.ConversationId, chat.ServiceAddress);
        var key = chat.RequestKey + "#result";
        try
        {
            switch (result)
            {
                case ReplaceCard replace when !string.IsNullOrEmpty(activity.ReplyToId):
                    await notifier.UpdateAsync(destination, activity.ReplyToId, replace.Reply, key, cancellationToken).ConfigureAwait(false);
                    break;
                case ReplaceCard replace:
                    await notifier.SendAsync(destination, replace.Reply, key, cancellationToken).ConfigureAwait(false);
                    break;
                case ShowPrivately secret:
                    // Too late for the click's own answer: to the clicker's 1:1 chat, never onto the shared card.
                    await notifier.SendPrivatelyAsync(PrivateDestination.For(chat, chat.Sender.Id), secret.Reply, key, cancellationToken).ConfigureAwait(false);
                    break;
                case ShowMessage show:
                    await notifier.SendAsync(destination, new NoticeReply(NoticeKind.Info, show.Text), key, cancellationToken).ConfigureAwait(false);
                    break;
                case ActionFailed failed:
                    await notifier.SendAsync(destination, new NoticeReply(NoticeKind.Problem, failed.Message), key, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception error)
        {
            LogLateDeliveryFailed(error, chat.RequestKey);
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Card action {Verb} outlasted the invoke budget: answered 'still working', the result follows in the chat")]
    private partial void LogSlow(string verb);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Error, Message = "Card action {Verb} failed")]
    private partial void LogFailed(Exception error, string verb);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "The late result of card action {RequestKey} did not reach the chat")]
    private partial void LogLateDeliveryFailed(Exception error, string requestKey);
}
