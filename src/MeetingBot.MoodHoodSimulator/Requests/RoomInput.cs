using System.Text.Json;

namespace MeetingBot.MoodHoodSimulator.Requests;

/// <summary>The fields of a createRoom / updateRoom body (reference §5.5, §5.7); null = not sent.</summary>
internal sealed record RoomInput(
    string? Name,
    string? Type,
    bool? IsPublic,
    bool? IsChatAllowed,
    bool? IsScreensharingAllowed,
    IReadOnlyDictionary<string, JsonElement> Settings);
