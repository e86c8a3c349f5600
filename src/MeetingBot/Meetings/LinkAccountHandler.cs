using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary>
/// <c>my {service} id is helen</c> (the backend named as users know it): links the sender to that account only when something proves it is theirs (the
/// account's e-mail equals the sender's chat e-mail, or the sender is an admin); otherwise offers sign-in.
/// </summary>
public sealed class LinkAccountHandler(IConferenceUserDirectory directory, IConferenceService backend, AccountLinks links, IAccountSignIn signIn)
    : ICommandHandler<LinkAccountCommand>
{
    private string BackendName => backend.Capabilities.DisplayName;

    public async Task HandleAsync(LinkAccountCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        var user = await directory.FindByIdAsync(command.AccountId, cancellationToken).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            var text = user is null ? BotTexts.LinkUnknown(BackendName, command.AccountId) : BotTexts.LinkDisabled(BackendName, user.Id);
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, text), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await links.ProofForSenderAsync(chat, user, cancellationToken).ConfigureAwait(false) is not { } proof)
        {
            await chat.ReplyAsync(await RefusalAsync(user.Id, chat, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return;
        }

        await links.LinkAsync(chat.Channel, chat.Sender.Id, user, proof, cancellationToken).ConfigureAwait(false);
        await chat.ReplyAsync(new NoticeReply(NoticeKind.Success, BotTexts.Linked(BackendName, user.Id, user.DisplayName)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> RefusalAsync(string userId, IChatConversation chat, CancellationToken cancellationToken) =>
        signIn.IsEnabled
            ? new SignInReply(BotTexts.LinkUnproven(BackendName, userId, signInOffered: true), await signIn.CreateLinkAsync(chat, cancellationToken).ConfigureAwait(false), BackendName)
            : new NoticeReply(NoticeKind.Problem, BotTexts.LinkUnproven(BackendName, userId, signInOffered: false));
}
