using System.Text.Json.Serialization;

namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>A space's webhook (reference §5.11); the secret only in the answers that hand it out.</summary>
internal sealed record WebhookWire(
    string Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Secret,
    bool IsActive);

internal sealed record WebhookSecretWire(string Secret);

/// <summary>The signed part of a delivery: <c>body</c> of <c>{"signature","body"}</c>.</summary>
internal sealed record WebhookEventWire(string EventName, string RoomId, string SpaceId);
