namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>What the open meeting page polls: whether its call goes on, and who is in it.</summary>
internal sealed record PageStatusWire(bool Ended, bool InCall, IReadOnlyList<string> Participants);

/// <summary>The answer to the page's Leave button.</summary>
internal sealed record LeaveWire(bool CallEnded);
