using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary><c>stop meeting</c>: stops the conversation's (or the named) meeting; its card turns to "Ended".</summary>
public sealed class StopMeetingHandler(MeetingFinder finder, MeetingStopper stopper) : ICommandHandler<StopMeetingCommand>
{
    public async Task HandleAsync(StopMeetingCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (await finder.FindOrTellAsync(chat, command.MeetingId, cancellationToken).ConfigureAwait(false) is not { } meeting)
        {
            return;
        }

        var (outcome, _) = await stopper.StopAsync(meeting, chat, cancellationToken).ConfigureAwait(false);
        var reply = outcome switch
        {
            StopOutcome.NotAllowed => new NoticeReply(NoticeKind.Info, BotTexts.StopNotAllowed(meeting.Topic, meeting.OwnerName ?? meeting.OwnerId)),
            StopOutcome.AlreadyEnded => new NoticeReply(NoticeKind.Info, BotTexts.MeetingEnded(meeting.Topic)),
            _ => new NoticeReply(NoticeKind.Success, BotTexts.Stopped(meeting.Topic)),
        };
        await chat.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
