using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>Draws a channel-neutral reply as a Teams activity: meetings and help as Adaptive Cards, notices as text.</summary>
public static class TeamsReplyRenderer
{
    public static OutboundActivity Render(BotReply reply, Activity inbound) =>
        reply is NoticeReply notice ? Text(inbound, Decorate(notice)) : Card(inbound, CardFor(reply), SummaryOf(reply));

    /// <summary>A new message in a conversation, not in answer to any activity.</summary>
    public static OutboundActivity RenderNew(BotReply reply, string conversationId) =>
        Render(reply, new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = conversationId } });

    /// <summary>The reply drawn as a card on its own (a card action's answer and a card update replace a card with it).</summary>
    public static AdaptiveCards.AdaptiveCard CardFor(BotReply reply) => reply switch
    {
        MeetingCardReply card => MeetingCardFactory.Meeting(card.Meeting),
        HelpReply help => MeetingCardFactory.Help(help),
        SignInReply signIn => MeetingCardFactory.SignIn(signIn),
        ParticipantsReply participants => MeetingListCards.Participants(participants),
        MeetingListReply list => MeetingListCards.Meetings(list),
        ForgottenMeetingReply forgotten => MeetingCardFactory.Forgotten(forgotten),
        PersonalLinkReply link => MeetingCardFactory.PersonalLink(link),
        NoticeReply notice => new() { Body = [new AdaptiveCards.TextBlock(Decorate(notice))], FallbackText = notice.Text },
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    /// <summary>What Teams shows for the card in notifications and the chat list.</summary>
    private static string SummaryOf(BotReply reply) => reply switch
    {
        MeetingCardReply card => Texts.Format(card.Meeting.IsRunning ? "Summary.MeetingStarted" : "Summary.MeetingEnded", ("topic", card.Meeting.Topic)),
        SignInReply signIn => Texts.Format("Summary.SignIn", ("backend", signIn.BackendName)),
        ParticipantsReply participants => Texts.Format("Summary.WhoIsIn", ("topic", participants.Topic)),
        MeetingListReply => Texts.Format("Summary.YourMeetings"),
        ForgottenMeetingReply forgotten => forgotten.Text,
        PersonalLinkReply link => BotTexts.Card.YourLinkTo(link.Topic),
        _ => Texts.Format("Summary.Commands"),
    };

    public static OutboundActivity Typing(Activity inbound) => Base(inbound, ActivityTypes.Typing);

    // A card that will be updated later must travel alone: Teams splits text + attachment into two messages.
    private static OutboundActivity Card(Activity inbound, AdaptiveCards.AdaptiveCard card, string summary) =>
        Base(inbound, ActivityTypes.Message) with { Attachments = [CardAttachment.For(card)], Summary = summary };

    private static OutboundActivity Text(Activity inbound, string text) =>
        Base(inbound, ActivityTypes.Message) with { Text = text, TextFormat = "markdown" };

    private static OutboundActivity Base(Activity inbound, string type) => new()
    {
        Type = type,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation ?? new ConversationAccount(),
        ReplyToId = type == ActivityTypes.Message ? inbound.Id : null,
        Locale = inbound.Locale,
    };

    private static string Decorate(NoticeReply notice) => notice.Kind switch
    {
        NoticeKind.Problem => "⚠️ " + notice.Text,
        NoticeKind.Success => "✅ " + notice.Text,
        _ => notice.Text,
    };
}
