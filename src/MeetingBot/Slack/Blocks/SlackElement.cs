using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Blocks;

/// <summary>An interactive element of an actions, section or input block.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
public abstract record SlackElement(string ActionId);

/// <summary>A button: with <see cref="Url"/> it opens the link (and Slack still reports the click); otherwise it sends <see cref="Value"/>.</summary>
public sealed record ButtonElement(PlainText Text, string ActionId) : SlackElement(ActionId)
{
    public string? Url { get; init; }

    public string? Value { get; init; }

    public ButtonStyle? Style { get; init; }

    public ConfirmDialog? Confirm { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ButtonStyle>))]
public enum ButtonStyle
{
    [JsonStringEnumMemberName("primary")] Primary,
    [JsonStringEnumMemberName("danger")] Danger,
}

/// <summary>The dialog Slack shows before it sends a button's click.</summary>
public sealed record ConfirmDialog(PlainText Title, MrkdwnText Text, PlainText Confirm, PlainText Deny)
{
    public ButtonStyle? Style { get; init; }
}

public sealed record PlainTextInputElement(string ActionId) : SlackElement(ActionId)
{
    public PlainText? Placeholder { get; init; }

    public DispatchActionConfig? DispatchActionConfig { get; init; }
}

/// <param name="TriggerActionsOn"><c>on_enter_pressed</c> and/or <c>on_character_entered</c>.</param>
public sealed record DispatchActionConfig(IReadOnlyList<string> TriggerActionsOn);
