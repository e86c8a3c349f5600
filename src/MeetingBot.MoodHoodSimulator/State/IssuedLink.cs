namespace MeetingBot.MoodHoodSimulator;

/// <summary>A personal link made by <c>generate-access</c> (reference §5.8), with what became of it.</summary>
/// <param name="AccessToken">The <c>accessToken</c> of the link's query.</param>
/// <param name="Role"><c>user</c> or <c>moderator</c>.</param>
public sealed record IssuedLink(
    string AccessToken,
    string Url,
    string RoomId,
    string Alias,
    string Username,
    string Role,
    string? ExternalUserId,
    string? ExternalMeetingId,
    int TtlSeconds,
    bool IsPermanent,
    string? Email,
    string? Phone,
    DateTimeOffset IssuedAt)
{
    public DateTimeOffset ExpiresAt => IssuedAt.AddSeconds(TtlSeconds);

    /// <summary>When a one-time link was first opened; null while unused (permanent links are never spent).</summary>
    public DateTimeOffset? SpentAt { get; init; }

    /// <summary>How often the meeting page admitted somebody with it.</summary>
    public int Uses { get; init; }

    public bool IsSpent => SpentAt is not null;
}
