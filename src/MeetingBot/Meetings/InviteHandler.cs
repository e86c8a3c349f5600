using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary><c>invite dean and helen</c>, <c>invite everyone here</c>: calls them into the conversation's (or the named) meeting.</summary>
public sealed class InviteHandler(MeetingFinder finder, MeetingInviter inviter) : ICommandHandler<InviteCommand>
{
    public async Task HandleAsync(InviteCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (await finder.FindOrTellAsync(chat, command.MeetingId, cancellationToken).ConfigureAwait(false) is not { } meeting)
        {
            return;
        }

        var reply = await inviter.InviteAsync(meeting, command.People, command.EveryoneHere, chat, cancellationToken).ConfigureAwait(false);
        await chat.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
