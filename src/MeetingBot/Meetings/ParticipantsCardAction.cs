using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>"Who's in": the card, for the clicker, with everyone's state listed under it.</summary>
public sealed class ParticipantsCardAction(MeetingFinder finder, MeetingCards cards, MeetingParticipants participants) : MeetingCardAction(finder, cards)
{
    private readonly MeetingFinder _finder = finder;
    private readonly MeetingCards _cards = cards;

    public override string Verb => MeetingCardVerbs.ShowParticipants;

    protected override async Task<CardActionResult> HandleAsync(MeetingRecord found, CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken)
    {
        // A conference stopped or deleted on the server before the watcher saw it: the card says it ended, not an error.
        var meeting = found.State == MeetingState.Ended ? found : await _finder.CurrentAsync(found, cancellationToken).ConfigureAwait(false);
        if (meeting.State == MeetingState.Ended)
        {
            return Card(meeting);
        }

        var people = await participants.ReadAsync(meeting, cancellationToken).ConfigureAwait(false);
        var inCall = people.Count(person => person.State == Conferencing.ParticipantState.InCall);
        return new ReplaceCard(new MeetingCardReply(_cards.ViewOf(meeting with { ParticipantCount = inCall }) with
        {
            Participants = people,
            Note = people.Count == 0 ? BotTexts.NoParticipants(meeting.Topic) : null,
        }));
    }
}
