using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>The card's Stop (after its confirmation): the owner's or an admin's; anyone else is told so on their card.</summary>
public sealed class StopCardAction(MeetingFinder finder, MeetingCards cards, MeetingStopper stopper) : MeetingCardAction(finder, cards)
{
    public override string Verb => MeetingCardVerbs.Stop;

    protected override async Task<CardActionResult> HandleAsync(MeetingRecord meeting, CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken)
    {
        var (outcome, now) = await stopper.StopAsync(meeting, chat, cancellationToken).ConfigureAwait(false);
        return outcome == StopOutcome.NotAllowed
            ? Card(meeting, BotTexts.StopNotAllowed(meeting.Topic, meeting.OwnerName ?? meeting.OwnerId))
            : Card(now);
    }
}
