using System.Text.Json.Serialization;

namespace MeetingBot.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
public abstract record CardElement
{
    [JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonPropertyName("spacing"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Spacing? Spacing { get; init; }

    [JsonPropertyName("separator"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Separator { get; init; }
}

public sealed record TextBlock(
    [property: JsonPropertyName("text")] string Text) : CardElement
{
    [JsonPropertyName("wrap")]
    public bool Wrap { get; init; } = true;

    [JsonPropertyName("size"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextSize? Size { get; init; }

    [JsonPropertyName("weight"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextWeight? Weight { get; init; }

    [JsonPropertyName("color"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextColor? Color { get; init; }

    [JsonPropertyName("isSubtle"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsSubtle { get; init; }

    [JsonPropertyName("style"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextBlockStyle? Style { get; init; }
}

public sealed record Fact(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);

public sealed record FactSet(
    [property: JsonPropertyName("facts")] IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Column(
    [property: JsonPropertyName("items")] IReadOnlyList<CardElement> Items)
{
    [JsonPropertyName("type")]
    public string Type => "Column";

    /// <summary><c>auto</c>, <c>stretch</c> or a weight.</summary>
    [JsonPropertyName("width"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Width { get; init; }

    [JsonPropertyName("verticalContentAlignment"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VerticalAlignment? VerticalContentAlignment { get; init; }
}

public sealed record ColumnSet(
    [property: JsonPropertyName("columns")] IReadOnlyList<Column> Columns) : CardElement;

public sealed record Container(
    [property: JsonPropertyName("items")] IReadOnlyList<CardElement> Items) : CardElement
{
    [JsonPropertyName("style"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContainerStyle? Style { get; init; }

    [JsonPropertyName("bleed"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Bleed { get; init; }
}

public sealed record ActionSet(
    [property: JsonPropertyName("actions")] IReadOnlyList<CardAction> Actions) : CardElement;

/// <summary>A text field; its value reaches the bot under <see cref="CardElement.Id"/> in the action's data.</summary>
public sealed record TextInput : CardElement
{
    public TextInput(string id) => Id = id;

    [JsonPropertyName("label"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }

    [JsonPropertyName("placeholder"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Placeholder { get; init; }

    [JsonPropertyName("isRequired"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsRequired { get; init; }

    /// <summary>Shown when <see cref="IsRequired"/> is set and the field is left empty.</summary>
    [JsonPropertyName("errorMessage"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ErrorMessage { get; init; }
}
