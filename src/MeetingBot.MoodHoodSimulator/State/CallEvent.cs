namespace MeetingBot.MoodHoodSimulator;

/// <summary>A call event for the space's webhook (reference §5.11).</summary>
internal sealed record CallEvent(string EventName, string RoomId, string SpaceId)
{
    public const string Started = "call_started";
    public const string Finished = "call_finished";
}
