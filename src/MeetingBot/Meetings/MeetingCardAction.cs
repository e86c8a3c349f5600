using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// A button of a meeting's card: finds the meeting the card names and answers the clicker with the meeting's card as
/// it now is (with a note saying what happened); the card everyone sees is updated in place by the action itself.
/// </summary>
public abstract class MeetingCardAction(MeetingFinder finder, MeetingCards cards) : ICardAction
{
    public abstract string Verb { get; }

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (!request.Data.TryGetValue(MeetingCardVerbs.MeetingKey, out var meetingRef) ||
            await finder.FindByReferenceAsync(meetingRef, cancellationToken).ConfigureAwait(false) is not { } meeting)
        {
            return new ActionFailed("MeetingNotFound", BotTexts.CardMeetingUnknown);
        }

        return await HandleAsync(meeting, request, chat, cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task<CardActionResult> HandleAsync(MeetingRecord meeting, CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken);

    protected ReplaceCard Card(MeetingRecord meeting, string? note = null) =>
        new(new MeetingCardReply(cards.ViewOf(meeting) with { Note = note }));

    protected Task<MeetingRecord?> CurrentAsync(MeetingRecord meeting, CancellationToken cancellationToken) =>
        finder.FindByReferenceAsync(meeting.RequestKey, cancellationToken);
}
