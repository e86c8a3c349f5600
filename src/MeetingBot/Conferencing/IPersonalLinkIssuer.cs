namespace MeetingBot.Conferencing;

/// <summary>
/// Mints one-time personal join links, for backends whose <see cref="ConferencingCapabilities.PersonalLinks"/> is set:
/// there, a conference's shared address admits nobody, and each person joins through a link made for them alone.
/// </summary>
public interface IPersonalLinkIssuer
{
    /// <summary>
    /// A new link for one person. Never retried blindly: each call makes a new link on the server. Unknown conference →
    /// <see cref="ConferencingException"/> with <see cref="ConferencingFailure.NotFound"/>.
    /// </summary>
    Task<PersonalLink> IssueAsync(PersonalLinkRequest request, CancellationToken cancellationToken);
}

/// <summary>Who a personal link is for.</summary>
/// <param name="ConferenceId">The backend's id of the conference.</param>
/// <param name="PersonId">The person's id in the chat (the backend shows it in its reports).</param>
/// <param name="DisplayName">The name the meeting shows for them.</param>
/// <param name="AsModerator">The meeting's owner (or an admin) joins as moderator; everybody else as a participant.</param>
/// <param name="MeetingRef">The bot's id of the meeting (the key of the command that started it).</param>
public sealed record PersonalLinkRequest(string ConferenceId, string PersonId, string DisplayName, bool AsModerator, string MeetingRef);

/// <summary>A one-time join link: it admits its first user only, so it is shown to its owner alone.</summary>
public sealed record PersonalLink(string Url, DateTimeOffset ExpiresAt);
