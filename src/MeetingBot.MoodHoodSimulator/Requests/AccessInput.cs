namespace MeetingBot.MoodHoodSimulator.Requests;

/// <summary>A generate-access body (reference §5.8).</summary>
internal sealed record AccessInput(
    string Username,
    string Role,
    string? ExternalUserId,
    string? ExternalMeetingId,
    int TtlSeconds,
    bool IsPermanent,
    string? Email,
    string? Phone);
