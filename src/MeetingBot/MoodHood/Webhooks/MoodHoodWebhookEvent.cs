using System.Text.Json;

namespace MeetingBot.MoodHood.Webhooks;

/// <summary>The <c>body</c> of a webhook delivery: <c>{"eventName","roomId","spaceId","recordId"}</c> (reference §5.11).</summary>
internal sealed record MoodHoodWebhookEvent(string EventName, string? RoomId, string? SpaceId)
{
    public const string CallStarted = "call_started";
    public const string CallFinished = "call_finished";

    /// <summary>The event, or null when the body names none.</summary>
    public static MoodHoodWebhookEvent? Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return Text(root, "eventName") is { Length: > 0 } name ? new MoodHoodWebhookEvent(name, Text(root, "roomId"), Text(root, "spaceId")) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
