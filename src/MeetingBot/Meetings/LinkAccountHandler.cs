using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary><c>my trueconf id is helen</c>: checks the id exists and is active, then remembers the link.</summary>
public sealed class LinkAccountHandler(IConferenceUserDirectory directory, IUserLinkStore links, ParticipantResolver resolver)
{
    public async Task HandleAsync(LinkAccountCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        var user = await directory.FindByIdAsync(command.TrueConfId, cancellationToken).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            var text = user is null ? BotTexts.LinkUnknown(command.TrueConfId) : BotTexts.LinkDisabled(user.Id);
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, text), cancellationToken).ConfigureAwait(false);
            return;
        }

        await links.SetAsync(chat.Channel, chat.Sender.Id, user.Id, cancellationToken).ConfigureAwait(false);
        resolver.Forget(chat.Channel, chat.Sender.Id);
        await chat.ReplyAsync(new NoticeReply(NoticeKind.Success, BotTexts.Linked(user.Id, user.DisplayName)), cancellationToken).ConfigureAwait(false);
    }
}
