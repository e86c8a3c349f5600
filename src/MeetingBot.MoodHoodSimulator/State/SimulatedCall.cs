namespace MeetingBot.MoodHoodSimulator;

/// <summary>
/// A call of a room: it starts when the first person enters the meeting page and finishes when the last leaves or
/// the room is deleted (reference §3).
/// </summary>
public sealed record SimulatedCall(
    string Id,
    string RoomId,
    string SpaceId,
    string RoomType,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<CallParticipant> Participants)
{
    public bool IsActive => FinishedAt is null;

    /// <summary>People in the call right now.</summary>
    public IReadOnlyList<CallParticipant> Present => Participants.Where(p => p.LeftAt is null).ToArray();

    public int UniqueParticipantsCount =>
        Participants.Select(p => p.ExternalUserId ?? p.Name).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>One entry of a person into a call through the meeting page.</summary>
/// <param name="SessionId">Identifies the open page (its Leave button and status polls).</param>
public sealed record CallParticipant(
    string SessionId,
    string Name,
    string Role,
    string? ExternalUserId,
    DateTimeOffset JoinedAt,
    DateTimeOffset? LeftAt = null);
