using System.Text.Json.Serialization;

namespace MeetingBot.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(
    [property: JsonPropertyName("title")] string Title)
{
    [JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonPropertyName("style"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActionStyle? Style { get; init; }

    [JsonPropertyName("tooltip"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tooltip { get; init; }
}

/// <summary>Opens a web address; the bot is not told.</summary>
public sealed record OpenUrlAction(
    string Title,
    [property: JsonPropertyName("url")] string Url) : CardAction(Title);
