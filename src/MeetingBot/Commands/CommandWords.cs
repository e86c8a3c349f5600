namespace MeetingBot.Commands;

/// <summary>A <see cref="CommandWordsDefinition"/> made ready for matching.</summary>
internal sealed class CommandWords
{
    public CommandWords(CommandWordsDefinition definition, IReadOnlyDictionary<string, PhraseSet> sets)
    {
        Phrases = new PhraseSet(definition.Phrases);
        Openings = new PhraseSet(definition.Openings);
        Verbs = new PhraseSet(definition.Verbs);
        Patterns = definition.Patterns.Select(template => new CommandPattern(template, sets)).ToArray();
        Examples = definition.Examples;
    }

    public PhraseSet Phrases { get; }

    public PhraseSet Openings { get; }

    public PhraseSet Verbs { get; }

    /// <remarks>An array, not an interface, so that <c>foreach</c> does not box an enumerator per parse.</remarks>
    public CommandPattern[] Patterns { get; }

    public IReadOnlyList<CommandExample> Examples { get; }

    /// <summary>Whether the tokens are, as a whole, one of the phrases or one of the value-less patterns.</summary>
    public bool MatchesAll(CommandTokens tokens)
    {
        if (Phrases.MatchesAll(tokens))
        {
            return true;
        }

        foreach (var pattern in Patterns)
        {
            if (pattern.TryMatchAll(tokens, out _))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<PhraseSet> AllSets =>
        new[] { Phrases, Openings, Verbs }.Concat(Patterns.SelectMany(pattern => pattern.LiteralSets));
}
