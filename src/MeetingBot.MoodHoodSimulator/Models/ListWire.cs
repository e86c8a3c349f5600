namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary><c>{"items":[…],"total":n}</c> of the list methods (reference §5.4–5.5).</summary>
internal sealed record ListWire<T>(IReadOnlyList<T> Items, int Total);

/// <summary>The analytics list has <c>items</c> only (reference §5.13).</summary>
internal sealed record ItemsWire<T>(IReadOnlyList<T> Items);
