using System.Text.Json;

namespace MeetingBot.MoodHoodSimulator;

/// <summary>A room as the API returns it (reference §5.5, the ASSUMED full object), plus who created it.</summary>
public sealed record SimulatedRoom(
    string Id,
    string Alias,
    string ChannelId,
    string SpaceId,
    string CreatorId,
    string Name,
    string Type,
    bool IsPublic,
    bool IsChatAllowed,
    bool IsScreensharingAllowed,
    DateTimeOffset CreatedAt)
{
    /// <summary>The optional room settings of RU25 that were sent (<c>isRecordAllowed</c>, <c>redirectUrl</c>, …).</summary>
    public IReadOnlyDictionary<string, JsonElement> Settings { get; init; } = new Dictionary<string, JsonElement>();
}
