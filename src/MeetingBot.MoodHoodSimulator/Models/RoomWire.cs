using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>The room object (reference §5.5: CONFIRMED <c>id, alias, channelId</c>, the rest ASSUMED).</summary>
internal sealed record RoomWire(
    string Id,
    string Alias,
    string ChannelId,
    string AppId,
    string SpaceId,
    string Name,
    string Type,
    bool IsPublic,
    bool IsChatAllowed,
    bool IsScreensharingAllowed,
    DateTimeOffset CreatedAt)
{
    /// <summary>The optional RU25 settings the room was given, echoed as sent.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Settings { get; init; }
}

/// <summary>The answer of <c>generate-access</c> (reference §5.8, CONFIRMED).</summary>
internal sealed record AccessUrlWire(string Url);
