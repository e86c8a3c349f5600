using System.Text.Json.Serialization;

namespace MeetingBot.AdaptiveCards;

/// <summary>An Adaptive Card 1.5 (the newest version Teams renders for bots).</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("version")]
    public string Version => "1.5";

    [JsonPropertyName("body")]
    public required IReadOnlyList<CardElement> Body { get; init; }

    [JsonPropertyName("actions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Shown by clients that cannot render the card.</summary>
    [JsonPropertyName("fallbackText"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FallbackText { get; init; }

    [JsonPropertyName("speak"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Speak { get; init; }
}
