using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Delivery;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Telemetry;

namespace MeetingBot.Teams;

/// <summary>Turns an accepted Teams activity into a command for the meeting core, or a welcome.</summary>
public sealed class TeamsActivityHandler(
    CommandParser parser,
    CommandDispatcher dispatcher,
    IConferenceService backend,
    TeamsCardActions cardActions,
    TeamsMeetingDialog dialog,
    IServiceProviderIsService registered,
    ReplyOutbox outbox,
    BotConnectorClient connector,
    TeamsMemberDirectory members,
    ReaderLanguages readers,
    MeetingBotMetrics metrics) : IActivityHandler
{
    /// <summary>Whether the activity gives the bot work to do (everything else is acknowledged and dropped).</summary>
    public bool WantsWork(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => activity.Conversation?.Id is not null,
        _ => TeamsInstall.IsInstall(activity) && activity.Conversation?.Id is not null,
    };

    public async Task HandleAsync(Activity activity, int attempt, CancellationToken cancellationToken)
    {
        var chat = new TeamsConversation(activity, attempt, outbox, connector, members, metrics);
        // Set before the message is read: the reader's language is also the one whose command words are tried first.
        using var language = TextLanguage.Use(await readers.OfSenderAsync(chat, cancellationToken).ConfigureAwait(false));
        if (TeamsInstall.IsInstall(activity))
        {
            await chat.ReplyAsync(HelpHandler.Welcome(backend.Capabilities), cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = TeamsMentions.RemoveRecipientMention(activity);
        var command = parser.Parse(text, TeamsMentions.OtherMentions(activity));
        await dispatcher.HandleAsync(command, chat, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Card buttons (<c>adaptiveCard/action</c>) are answered inline, and so is the meeting dialog (<c>task/fetch</c>)
    /// on a backend with personal links (only there does the card offer it); other invoke names are not handled.
    /// </summary>
    public async Task<InvokeAnswer?> HandleInvokeAsync(Activity activity, CancellationToken cancellationToken) => activity.Name switch
    {
        TeamsCardActions.InvokeName => await cardActions.AnswerAsync(activity, cancellationToken).ConfigureAwait(false),
        TeamsMeetingDialog.InvokeName when _hasMeetingPages => await dialog.AnswerAsync(activity, cancellationToken).ConfigureAwait(false),
        _ => null,
    };

    private readonly bool _hasMeetingPages = registered.IsService(typeof(IPersonalLinkIssuer));
}
