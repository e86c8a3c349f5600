namespace MeetingBot.Commands;

/// <summary>
/// A set of alternative phrases (<c>"can you"</c>, <c>"please"</c>, <c>"set up"</c>) matched word by word against
/// tokens, ignoring case. Longer phrases are tried first so that <c>"thank you"</c> beats <c>"thank"</c>.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[][] _phrases;

    public PhraseSet(IEnumerable<string> phrases)
    {
        _phrases = phrases
            .Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .ToArray();
    }

    public static PhraseSet Empty { get; } = new([]);

    /// <summary>Every word of every phrase, for vocabulary checks.</summary>
    public IEnumerable<string> Words => _phrases.SelectMany(words => words);

    /// <summary>How many tokens from <paramref name="position"/> on form one of the phrases; 0 when none does.</summary>
    public int MatchAt(CommandTokens tokens, int position)
    {
        foreach (var words in _phrases)
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
        foreach (var words in _phrases)
        {
            if (end - words.Length >= 0 && Matches(tokens, end - words.Length, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether the tokens are exactly one of the phrases.</summary>
    public bool MatchesAll(CommandTokens tokens)
    {
        foreach (var words in _phrases)
        {
            if (words.Length == tokens.Length && Matches(tokens, 0, words))
            {
                return true;
            }
        }

        return false;
    }

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
}
