using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary>
/// <c>my trueconf id is helen</c>: links the sender to that account only when something proves it is theirs (the
/// account's e-mail equals the sender's chat e-mail, or the sender is an admin); otherwise offers sign-in.
/// </summary>
public sealed class LinkAccountHandler(IConferenceUserDirectory directory, AccountLinks links, IAccountSignIn signIn)
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

        if (await links.ProofForSenderAsync(chat, user, cancellationToken).ConfigureAwait(false) is not { } proof)
        {
            await chat.ReplyAsync(await RefusalAsync(user.Id, chat, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return;
        }

        await links.LinkAsync(chat.Channel, chat.Sender.Id, user, proof, cancellationToken).ConfigureAwait(false);
        await chat.ReplyAsync(new NoticeReply(NoticeKind.Success, BotTexts.Linked(user.Id, user.DisplayName)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> RefusalAsync(string userId, IChatConversation chat, CancellationToken cancellationToken) =>
        signIn.IsEnabled
            ? new SignInReply(BotTexts.LinkUnproven(userId, signInOffered: true), await signIn.CreateLinkAsync(chat, cancellationToken).ConfigureAwait(false))
            : new NoticeReply(NoticeKind.Problem, BotTexts.LinkUnproven(userId, signInOffered: false));
}
