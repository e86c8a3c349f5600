using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary><c>link @Alex to alex</c>: a configured admin links someone else's chat account; nobody else may.</summary>
public sealed class LinkPersonHandler(IConferenceUserDirectory directory, IConferenceService backend, AccountLinks links)
    : ICommandHandler<LinkPersonCommand>
{
    private string BackendName => backend.Capabilities.DisplayName;

    public async Task HandleAsync(LinkPersonCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (!await links.IsAdminAsync(chat, cancellationToken).ConfigureAwait(false))
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, BotTexts.AdminsOnly(BackendName)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var user = await directory.FindByIdAsync(command.AccountId, cancellationToken).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            var text = user is null ? BotTexts.LinkUnknown(BackendName, command.AccountId) : BotTexts.LinkDisabled(BackendName, user.Id);
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, text), cancellationToken).ConfigureAwait(false);
            return;
        }

        await links.LinkAsync(chat.Channel, command.Person.ChatUserId, user, LinkProvenance.Admin, cancellationToken).ConfigureAwait(false);
        var confirmation = BotTexts.LinkedPerson(BackendName, command.Person.Name, user.Id, user.DisplayName);
        await chat.ReplyAsync(new NoticeReply(NoticeKind.Success, confirmation), cancellationToken).ConfigureAwait(false);
    }
}
