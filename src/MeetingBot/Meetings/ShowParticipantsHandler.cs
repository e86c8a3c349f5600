using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary><c>who is in the meeting</c>: each person with their state, from the backend; the card's count follows.</summary>
public sealed class ShowParticipantsHandler(MeetingFinder finder, MeetingParticipants participants, MeetingHeadcount headcount, IConferenceService backend)
    : ICommandHandler<ShowParticipantsCommand>
{
    public async Task HandleAsync(ShowParticipantsCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (await finder.FindOrTellAsync(chat, command.MeetingId, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        // A stopped conference still lists its invitations: ask whether it runs before listing anybody.
        var meeting = await finder.CurrentAsync(found, cancellationToken).ConfigureAwait(false);

        if (meeting.State == MeetingState.Ended)
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Info, BotTexts.MeetingEnded(meeting.Topic)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!backend.Capabilities.LiveParticipants)
        {
            // Still understood (people ask), answered plainly with what the bot knows: how many, where the backend
            // tells that, and who was invited.
            var invited = MeetingViews.Of(meeting, backend.Capabilities).Invitees.Select(person => person.DisplayName).ToArray();
            var count = await headcount.ReadAsync(meeting, cancellationToken).ConfigureAwait(false);
            var text = count is { } inCall
                ? BotTexts.HeadcountOnly(backend.Capabilities.DisplayName, meeting.Topic, inCall, invited)
                : BotTexts.NoLivePresence(backend.Capabilities.DisplayName, meeting.Topic, invited);
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Info, text), cancellationToken).ConfigureAwait(false);
            return;
        }

        var people = await participants.ReadAsync(meeting, cancellationToken).ConfigureAwait(false);
        BotReply reply = people.Count == 0
            ? new NoticeReply(NoticeKind.Info, BotTexts.NoParticipants(meeting.Topic))
            : new ParticipantsReply(meeting.Topic, meeting.ConferenceId, people);
        await chat.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
