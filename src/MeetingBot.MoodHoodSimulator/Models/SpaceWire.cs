using System.Text.Json.Serialization;

namespace MeetingBot.MoodHoodSimulator.Models;

internal sealed record SpaceWire(
    string Id,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Logo,
    bool IsPublic,
    DateTimeOffset CreatedAt);
