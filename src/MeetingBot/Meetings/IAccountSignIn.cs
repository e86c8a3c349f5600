namespace MeetingBot.Meetings;

/// <summary>
/// Signing in to the video backend to prove who one is there. The backend's implementation hands out a one-time
/// link for the person who asked; when they finish signing in it calls <see cref="AccountLinks.CompleteSignInAsync"/>.
/// </summary>
public interface IAccountSignIn
{
    /// <summary>Whether the backend offers sign-in here (configured); otherwise links need an e-mail match or an admin.</summary>
    bool IsEnabled { get; }

    /// <summary>A one-time sign-in address for the sender of <paramref name="chat"/>.</summary>
    Task<string> CreateLinkAsync(IChatConversation chat, CancellationToken cancellationToken);
}
