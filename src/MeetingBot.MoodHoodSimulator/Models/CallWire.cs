namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>One item of <c>GET …/analytics/calls</c> (reference §5.13).</summary>
internal sealed record CallWire(
    string Id,
    bool Active,
    string RoomId,
    int ParticipantsCount,
    bool IsBreakoutRoom,
    string PlanAlias,
    string RoomType,
    int TotalParticipantsCount,
    int UniqueParticipantsCount,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt);
