namespace MeetingBot.MoodHoodSimulator;

/// <summary>One request the simulator received.</summary>
/// <param name="Path">Full request path (path base included), without the query string.</param>
/// <param name="Operation">One of <see cref="MoodHoodOperations"/>.</param>
public sealed record MoodHoodRequest(DateTimeOffset ReceivedAt, string Method, string Path, string Operation);
