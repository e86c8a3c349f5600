namespace MeetingBot.Storage;

/// <summary>
/// A sign-in in progress: who asked for it (chat account and conversation) and the PKCE verifier, kept under a
/// hash of the state value that travels through the browser.
/// </summary>
public sealed record PendingSignIn(
    string StateHash,
    string CodeVerifier,
    string Channel,
    string ChatUserId,
    string ConversationId,
    string ServiceAddress,
    DateTimeOffset ExpiresAt);

/// <summary>Sign-ins in progress. Kept server-side so that the verifier never leaves the bot and a state is used once.</summary>
public interface ISignInStateStore
{
    Task SaveAsync(PendingSignIn pending, CancellationToken cancellationToken);

    /// <summary>The sign-in with this state hash if it has not expired; it stays usable.</summary>
    Task<PendingSignIn?> FindAsync(string stateHash, CancellationToken cancellationToken);

    /// <summary>Removes and returns the sign-in with this state hash if it has not expired: a state works once.</summary>
    Task<PendingSignIn?> TakeAsync(string stateHash, CancellationToken cancellationToken);
}
