using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// The card's Join on a backend with personal links: a link minted for the clicker, shown to them alone — as moderator
/// when they own the meeting or are an admin. A second click mints a second link: each click is a new visit.
/// </summary>
public sealed class JoinCardAction(MeetingFinder finder, MeetingCards cards, PersonalLinkDelivery links, AccountLinks accounts)
    : MeetingCardAction(finder, cards)
{
    private readonly MeetingFinder _finder = finder;

    public override string Verb => MeetingCardVerbs.Join;

    protected override async Task<CardActionResult> HandleAsync(MeetingRecord meeting, CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (meeting.State == MeetingState.Ended)
        {
            return new ShowMessage(BotTexts.MeetingEnded(meeting.Topic));
        }

        var asModerator = string.Equals(chat.Sender.Id, meeting.OwnerId, StringComparison.OrdinalIgnoreCase) ||
                          await accounts.IsAdminAsync(chat, cancellationToken).ConfigureAwait(false);
        try
        {
            return new ShowPrivately(await links.MintAsync(meeting, chat.Sender, asModerator, cancellationToken).ConfigureAwait(false));
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            // Deleted in the backend before the watcher noticed: the card follows.
            await _finder.CurrentAsync(meeting, cancellationToken).ConfigureAwait(false);
            return new ShowMessage(BotTexts.MeetingEnded(meeting.Topic));
        }
    }
}
