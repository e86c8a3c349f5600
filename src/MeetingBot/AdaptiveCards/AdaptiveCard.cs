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

    /// <summary>Asks the client to fetch the current card from the bot when the card is shown.</summary>
    [JsonPropertyName("refresh"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CardRefresh? Refresh { get; init; }

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

/// <summary>
/// The card's <c>refresh</c>: the action run to fetch the current card, automatically for <see cref="UserIds"/>
/// (an empty list: only on request). Teams' <c>msteams</c> card property is not modelled: the 1.5 schema allows
/// no property beyond its own on a card.
/// </summary>
public sealed record CardRefresh([property: JsonIgnore] ExecuteAction Action)
{
    /// <summary>Written through the action base type, so the action carries its <c>type</c> like Teams expects.</summary>
    [JsonPropertyName("action")]
    public CardAction WireAction => Action;

    [JsonPropertyName("userIds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? UserIds { get; init; }
}
