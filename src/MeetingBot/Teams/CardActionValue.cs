using System.Text.Json;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>Reads the <c>value</c> of an <c>adaptiveCard/action</c> invoke (reference §6.3).</summary>
internal static class CardActionValue
{
    /// <summary>The request, or null when the value has no <c>action.verb</c>.</summary>
    public static CardActionRequest? Parse(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root ||
            !root.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object ||
            !action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String ||
            string.IsNullOrWhiteSpace(verb.GetString()))
        {
            return null;
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (action.TryGetProperty("data", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                // Input values arrive as strings; anything else a card put in its data is kept as written.
                data[field.Name] = field.Value.ValueKind switch
                {
                    JsonValueKind.String => field.Value.GetString()!,
                    JsonValueKind.Null => string.Empty,
                    _ => field.Value.GetRawText(),
                };
            }
        }

        var isRefresh = root.TryGetProperty("trigger", out var trigger) && trigger.ValueKind == JsonValueKind.String && trigger.GetString() == "automatic";
        return new CardActionRequest(verb.GetString()!, data, isRefresh);
    }
}
