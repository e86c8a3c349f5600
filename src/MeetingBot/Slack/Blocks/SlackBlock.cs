using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Blocks;

/// <summary>One Block Kit layout block; <see cref="SlackBlockKit"/> builds them within Slack's limits.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(InputBlock), "input")]
[JsonDerivedType(typeof(CallBlock), "call")]
public abstract record SlackBlock
{
    /// <summary>Unique in its message; Slack sends it back with the actions of the block.</summary>
    public string? BlockId { get; init; }
}

public sealed record HeaderBlock(PlainText Text) : SlackBlock;

/// <summary>Text, up to ten two-column fields, or both; one optional element beside it.</summary>
public sealed record SectionBlock : SlackBlock
{
    public MrkdwnText? Text { get; init; }

    public IReadOnlyList<MrkdwnText>? Fields { get; init; }

    public SlackElement? Accessory { get; init; }
}

public sealed record ActionsBlock(IReadOnlyList<SlackElement> Elements) : SlackBlock;

/// <summary>Small grey text under or over the main content.</summary>
public sealed record ContextBlock(IReadOnlyList<MrkdwnText> Elements) : SlackBlock;

public sealed record DividerBlock : SlackBlock;

/// <summary>A labelled input; with <see cref="DispatchAction"/> its element sends <c>block_actions</c> on Enter, in a message too.</summary>
public sealed record InputBlock(PlainText Label, SlackElement Element) : SlackBlock
{
    public bool DispatchAction { get; init; }

    public PlainText? Hint { get; init; }
}

/// <summary>A call registered with <c>calls.add</c>: Slack draws it natively, with who is in.</summary>
public sealed record CallBlock(string CallId) : SlackBlock;
