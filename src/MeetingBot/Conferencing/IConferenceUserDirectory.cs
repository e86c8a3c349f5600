namespace MeetingBot.Conferencing;

/// <summary>Looks people up in the video backend's user directory.</summary>
public interface IConferenceUserDirectory
{
    /// <summary>The user with exactly this id (login), or null when there is none.</summary>
    Task<ConferenceUser?> FindByIdAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Users whose e-mail equals <paramref name="email"/> (case-insensitive).</summary>
    Task<IReadOnlyList<ConferenceUser>> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Users whose display name equals <paramref name="displayName"/> (case-insensitive).</summary>
    Task<IReadOnlyList<ConferenceUser>> FindByDisplayNameAsync(string displayName, CancellationToken cancellationToken);
}
