using System.Text.Json.Serialization;

namespace MeetingBot.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
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

/// <summary>
/// Sends the verb and data (with the card's inputs merged in) to the bot, which answers with a new card or a message.
/// No <c>fallback</c>: the 1.5 schema allows only an action object or "drop" there, not the string "Action.Submit".
/// </summary>
public sealed record ExecuteAction(
    string Title,
    [property: JsonPropertyName("verb")] string Verb) : CardAction(Title)
{
    /// <summary>Sent back as the invoke's <c>action.data</c>; values are strings so every channel reads them alike.</summary>
    [JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    [JsonPropertyName("associatedInputs"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssociatedInputs? AssociatedInputs { get; init; }
}

/// <summary>Unfolds a card inside this one (e.g. a confirmation before a destructive action).</summary>
public sealed record ShowCardAction(
    string Title,
    [property: JsonPropertyName("card")] AdaptiveCard Card) : CardAction(Title);

/// <summary>
/// Sends its data to the bot. MeetingBot uses it only where Teams wants <c>Action.Submit</c>: opening a dialog
/// (<c>msteams.type = task/fetch</c>), which <c>Action.Execute</c> cannot do.
/// </summary>
public sealed record SubmitAction(
    string Title,
    [property: JsonPropertyName("data")] TaskFetchData Data) : CardAction(Title);

/// <summary>The data of a button that opens a Teams dialog: Teams reads <c>msteams</c>, the bot the verb and the meeting.</summary>
public sealed record TaskFetchData(
    [property: JsonPropertyName("verb")] string Verb,
    [property: JsonPropertyName("meeting")] string Meeting)
{
    [JsonPropertyName("msteams")]
    public TeamsTaskFetch Msteams { get; init; } = new();
}

public sealed record TeamsTaskFetch
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "task/fetch";
}
