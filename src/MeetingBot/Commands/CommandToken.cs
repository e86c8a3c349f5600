namespace MeetingBot.Commands;

/// <summary>What a token of a normalised command text is.</summary>
internal enum CommandTokenKind : byte
{
    /// <summary>A run of letters, digits and in-word punctuation (<c>kevin.smith@contoso.com</c>, <c>what's</c>).</summary>
    Word,

    /// <summary>A quoted stretch (<c>"Design review"</c>), quotes included; its content is never empty.</summary>
    Quoted,

    /// <summary>A mention marker standing for one <see cref="MessageMention"/>.</summary>
    Mention,

    /// <summary>A list separator symbol: <c>,</c> <c>;</c> <c>&amp;</c> or a stand-alone <c>+</c>.</summary>
    Separator,
}

/// <summary>A slice of the normalised text; tokens never copy characters.</summary>
internal readonly record struct CommandToken(CommandTokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
