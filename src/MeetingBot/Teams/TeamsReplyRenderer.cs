using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>Draws a channel-neutral reply as a Teams activity: meetings and help as Adaptive Cards, notices as text.</summary>
public static class TeamsReplyRenderer
{
    public static OutboundActivity Render(BotReply reply, Activity inbound) => reply switch
    {
        MeetingStartedReply started => Card(inbound, MeetingCardFactory.MeetingRunning(started.Meeting), $"Meeting started: {started.Meeting.Topic}"),
        HelpReply help => Card(inbound, MeetingCardFactory.Help(help.Intro), "MeetingBot commands"),
        SignInReply signIn => Card(inbound, MeetingCardFactory.SignIn(signIn.Intro, signIn.SignInUrl), "Sign in to TrueConf"),
        NoticeReply notice => Text(inbound, Decorate(notice)),
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    /// <summary>A new message in a conversation, not in answer to any activity.</summary>
    public static OutboundActivity RenderNew(BotReply reply, string conversationId) =>
        Render(reply, new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = conversationId } });

    /// <summary>The reply drawn as a card on its own (a card action's answer replaces the clicked card with it).</summary>
    public static AdaptiveCards.AdaptiveCard CardFor(BotReply reply) => reply switch
    {
        MeetingStartedReply started => MeetingCardFactory.MeetingRunning(started.Meeting),
        HelpReply help => MeetingCardFactory.Help(help.Intro),
        SignInReply signIn => MeetingCardFactory.SignIn(signIn.Intro, signIn.SignInUrl),
        NoticeReply notice => new() { Body = [new AdaptiveCards.TextBlock(Decorate(notice))], FallbackText = notice.Text },
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
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
