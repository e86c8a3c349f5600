namespace MeetingBot.Storage;

/// <summary>How a link between a chat account and a conferencing user was proven.</summary>
public enum LinkProvenance
{
    /// <summary>Only the person's word (links made before proof was required). Never trusted.</summary>
    Claimed,

    /// <summary>The person signed in to the video backend as that user.</summary>
    SignedIn,

    /// <summary>The backend user's e-mail equals the chat account's e-mail/UPN.</summary>
    EmailVerified,

    /// <summary>A configured administrator made the link.</summary>
    Admin,
}

/// <summary>A remembered link: chat account → conferencing user id, with how it was proven.</summary>
public sealed record UserLink(string ConferenceUserId, LinkProvenance Provenance)
{
    public bool IsProven => Provenance != LinkProvenance.Claimed;
}

/// <summary>Links from chat accounts to conferencing user ids, with their provenance.</summary>
public interface IUserLinkStore
{
    Task<UserLink?> FindAsync(string channel, string chatUserId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the link, replacing the account's previous one; then tells the <see cref="IUserLinkChanges"/> listeners
    /// of every instance sharing the store.
    /// </summary>
    Task SetAsync(string channel, string chatUserId, UserLink link, CancellationToken cancellationToken);
}
