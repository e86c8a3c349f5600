using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>The card's Invite box: read like the <c>invite …</c> command, so it accepts what the command accepts.</summary>
public sealed class InviteCardAction(MeetingFinder finder, MeetingCards cards, MeetingInviter inviter, Commands.CommandParser parser)
    : MeetingCardAction(finder, cards)
{
    public override string Verb => MeetingCardVerbs.Invite;

    protected override async Task<CardActionResult> HandleAsync(MeetingRecord meeting, CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken)
    {
        var typed = request.Data.GetValueOrDefault(MeetingCardVerbs.PeopleInput)?.Trim();
        if (string.IsNullOrEmpty(typed) || parser.ParseInvitees(typed) is not { } command)
        {
            return Card(meeting, BotTexts.InviteWhom);
        }

        var result = await inviter.InviteAsync(meeting, command.People, command.EveryoneHere, chat, cancellationToken).ConfigureAwait(false);
        return Card(await CurrentAsync(meeting, cancellationToken).ConfigureAwait(false) ?? meeting, result.Text);
    }
}
