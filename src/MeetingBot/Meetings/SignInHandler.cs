using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary><c>sign in</c>: a one-time sign-in button for the sender, or how else to get linked when sign-in is off.</summary>
public sealed class SignInHandler(IAccountSignIn signIn, IConferenceService backend) : ICommandHandler<SignInCommand>
{
    private string BackendName => backend.Capabilities.DisplayName;

    public async Task HandleAsync(SignInCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        BotReply reply = signIn.IsEnabled
            ? new SignInReply(BotTexts.SignInPrompt(BackendName), await signIn.CreateLinkAsync(chat, cancellationToken).ConfigureAwait(false), BackendName)
            : new NoticeReply(NoticeKind.Info, BotTexts.SignInUnavailable(BackendName));
        await chat.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
