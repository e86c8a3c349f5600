namespace MeetingBot.Commands;

/// <summary>
/// A set of alternative phrases (<c>"can you"</c>, <c>"please"</c>, <c>"set up"</c>) matched word by word against
/// tokens, ignoring case. The longest matching phrase wins, so that <c>"thank you"</c> beats <c>"thank"</c>.
/// Phrases are indexed by first and last word, so a match costs one hash lookup rather than a scan.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _byLastWord;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var split = phrases
            .Select(phrase => WordFolding.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .ToArray();
        Words = split.SelectMany(words => words).ToArray();
        _byFirstWord = Index(split, words => words[0]);
        _byLastWord = Index(split, words => words[^1]);
    }

    /// <summary>Every word of every phrase, for vocabulary checks.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How many tokens from <paramref name="position"/> on form one of the phrases; 0 when none does.</summary>
    public int MatchAt(CommandTokens tokens, int position)
    {
        if (position >= tokens.Length ||
            tokens[position].Kind != CommandTokenKind.Word ||
            !_byFirstWord.TryGetValue(tokens.WordOf(position), out var candidates))
        {
            return 0;
        }

        foreach (var words in candidates)
        {
            if (Matches(tokens, position, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>How many tokens ending just before <paramref name="end"/> form one of the phrases; 0 when none does.</summary>
    public int MatchBefore(CommandTokens tokens, int end)
    {
        if (end <= 0 ||
            tokens[end - 1].Kind != CommandTokenKind.Word ||
            !_byLastWord.TryGetValue(tokens.WordOf(end - 1), out var candidates))
        {
            return 0;
        }

        foreach (var words in candidates)
        {
            if (end - words.Length >= 0 && Matches(tokens, end - words.Length, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether the tokens are exactly one of the phrases (the longest match spans them all).</summary>
    public bool MatchesAll(CommandTokens tokens) => !tokens.IsEmpty && MatchAt(tokens, 0) == tokens.Length;

    private static bool Matches(CommandTokens tokens, int position, string[] words)
    {
        if (position + words.Length > tokens.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!tokens.IsWord(position + i, words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Phrases grouped by one of their words, longest first within each group.</summary>
    private static Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> Index(
        string[][] phrases, Func<string[], string> key) =>
        phrases
            .GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
