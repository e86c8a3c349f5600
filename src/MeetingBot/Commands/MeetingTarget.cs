namespace MeetingBot.Commands;

/// <summary>
/// The meeting a command names at its end: <c>… meeting 4219111751</c>, <c>… in meeting 4219111751</c>,
/// <c>… to the meeting</c>. A meeting id is one word of letters, digits and <c>_</c> with at least one digit.
/// </summary>
/// <param name="Start">Where the target begins (its marker, when it has one).</param>
/// <param name="NounStart">Where the target's meeting noun (and its modifiers) begins, after any marker.</param>
/// <param name="IdStart">Where the id begins (the body's length when there is none).</param>
/// <param name="MeetingId">The id, or null when the target names no id (or there is no target).</param>
internal readonly record struct MeetingTarget(int Start, int NounStart, int IdStart, string? MeetingId)
{
    public static MeetingTarget Find(CommandTokens body, CommandVocabulary vocabulary)
    {
        var none = new MeetingTarget(body.Length, body.Length, body.Length, null);
        var end = body.Length;
        string? id = null;
        if (end > 0 && IsMeetingId(body, end - 1))
        {
            id = body.CharsOf(end - 1).ToString();
            end--;
        }

        var noun = vocabulary.Nouns.MatchBefore(body, end);
        if (noun == 0)
        {
            return none;
        }

        var nounStart = end - noun;
        while (nounStart > 0 && vocabulary.Modifiers.MatchBefore(body, nounStart) is var modifier and > 0)
        {
            nounStart -= modifier;
        }

        var marker = vocabulary.TargetMarkers.MatchBefore(body, nounStart);
        if (id is null && marker == 0)
        {
            // "stop meeting" is the phrase itself, not a target.
            return none;
        }

        return new MeetingTarget(nounStart - marker, nounStart, id is null ? body.Length : end, id);
    }

    private static bool IsMeetingId(CommandTokens body, int index)
    {
        if (body[index].Kind != CommandTokenKind.Word)
        {
            return false;
        }

        var chars = body.CharsOf(index);
        return chars.ContainsAnyInRange('0', '9') && !chars.ContainsAnyExcept(IdCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> IdCharacters =
        System.Buffers.SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
}
