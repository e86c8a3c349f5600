namespace MeetingBot.MoodHoodSimulator;

/// <summary>A call in a room as the store keeps it (changed under its lock); <see cref="Snapshot"/> is what leaves it.</summary>
internal sealed class CallRecord(string id, string roomId, string spaceId, string roomType, DateTimeOffset startedAt)
{
    public string RoomId => roomId;

    public string SpaceId => spaceId;

    public List<CallParticipant> Participants { get; } = [];

    public DateTimeOffset? FinishedAt { get; set; }

    public bool IsActive => FinishedAt is null;

    public void LeaveAll(DateTimeOffset now)
    {
        for (var i = 0; i < Participants.Count; i++)
        {
            Participants[i] = Participants[i] with { LeftAt = Participants[i].LeftAt ?? now };
        }

        FinishedAt = now;
    }

    public SimulatedCall Snapshot() =>
        new(id, roomId, spaceId, roomType, startedAt, FinishedAt, Participants.ToArray());
}
