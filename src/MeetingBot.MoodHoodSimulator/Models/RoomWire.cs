using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>The room object (reference §5.5: CONFIRMED <c>id, alias, channelId</c>, the rest ASSUMED).</summary>
// Extension data cannot bind to a constructor parameter or an init-only property, hence the settable one.
internal sealed record RoomWire
{
    public required string Id { get; init; }

    public required string Alias { get; init; }

    public required string ChannelId { get; init; }

    public required string AppId { get; init; }

    public required string SpaceId { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public required bool IsPublic { get; init; }

    public required bool IsChatAllowed { get; init; }

    public required bool IsScreensharingAllowed { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The optional RU25 settings the room was given, echoed as sent.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Settings { get; set; }
}

/// <summary>The answer of <c>generate-access</c> (reference §5.8, CONFIRMED).</summary>
internal sealed record AccessUrlWire(string Url);
