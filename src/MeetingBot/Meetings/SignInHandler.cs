using MeetingBot.Commands;

namespace MeetingBot.Meetings;

/// <summary><c>sign in</c>: a one-time sign-in button for the sender, or how else to get linked when sign-in is off.</summary>
public sealed class SignInHandler(IAccountSignIn signIn)
{
    public async Task HandleAsync(SignInCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        BotReply reply = signIn.IsEnabled
            ? new SignInReply(BotTexts.SignInPrompt, await signIn.CreateLinkAsync(chat, cancellationToken).ConfigureAwait(false))
            : new NoticeReply(NoticeKind.Info, BotTexts.SignInUnavailable);
        await chat.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
