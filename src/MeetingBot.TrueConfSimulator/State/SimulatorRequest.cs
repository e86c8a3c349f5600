namespace MeetingBot.TrueConfSimulator;

/// <summary>One request the simulator received.</summary>
/// <param name="Path">Full request path (path base included), without the query string.</param>
/// <param name="Operation">One of <see cref="SimulatorOperations"/>.</param>
public sealed record SimulatorRequest(DateTimeOffset ReceivedAt, string Method, string Path, string Operation);
