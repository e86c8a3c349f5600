namespace MeetingBot.MoodHoodSimulator;

/// <summary>A space (folder of rooms) and the account that owns it.</summary>
public sealed record SimulatedSpace(
    string Id, string OwnerId, string Name, string? Description, string? Logo, bool IsPublic, DateTimeOffset CreatedAt);
