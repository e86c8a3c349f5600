namespace MeetingBot.Commands;

/// <summary>
/// A <see cref="VocabularyDefinition"/> made ready for matching. Another language is another definition
/// (data), compiled by the same constructor; the parser code does not change.
/// </summary>
internal sealed class CommandVocabulary
{
    private readonly string _helpSymbolsAndSpace;

    public CommandVocabulary(VocabularyDefinition definition)
    {
        var sets = definition.Sets.ToDictionary(pair => pair.Key, pair => new PhraseSet(pair.Value));
        LeadingFillers = new PhraseSet(definition.LeadingFillers);
        TrailingFillers = new PhraseSet(definition.TrailingFillers);
        HelpPhrases = new PhraseSet(definition.HelpPhrases);
        HelpOpenings = new PhraseSet(definition.HelpOpenings);
        _helpSymbolsAndSpace = definition.HelpSymbols + " ";
        StartPatterns = definition.StartPatterns.Select(template => new CommandPattern(template, sets)).ToArray();
        StartNoise = new PhraseSet(definition.NowPhrases.Concat(definition.TrailingFillers));
        TopicMarkers = new PhraseSet(definition.TopicMarkers);
        InviteeMarkers = new PhraseSet(definition.InviteeMarkers);
        ListSeparators = new PhraseSet(definition.ListSeparators);
        SelfReferences = new PhraseSet(definition.SelfReferences);
        LinkPatterns = definition.LinkPatterns.Select(template => new CommandPattern(template, sets)).ToArray();
        SignInPhrases = new PhraseSet(definition.SignInPhrases);
        PersonLinkVerbs = new PhraseSet(definition.PersonLinkVerbs);
        PersonLinkPatterns = definition.PersonLinkPatterns.Select(template => new CommandPattern(template, sets)).ToArray();
        Words = sets.Values
            .Concat([LeadingFillers, TrailingFillers, HelpPhrases, HelpOpenings, StartNoise])
            .Concat([TopicMarkers, InviteeMarkers, ListSeparators, SelfReferences, SignInPhrases, PersonLinkVerbs])
            .Concat(StartPatterns.Concat(LinkPatterns).Concat(PersonLinkPatterns).SelectMany(pattern => pattern.LiteralSets))
            .SelectMany(set => set.Words)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    public static CommandVocabulary English { get; } = new(EnglishVocabulary.Definition);

    public PhraseSet LeadingFillers { get; }

    public PhraseSet TrailingFillers { get; }

    public PhraseSet HelpPhrases { get; }

    public PhraseSet HelpOpenings { get; }

    /// <remarks>Arrays, not interfaces, so that <c>foreach</c> does not box an enumerator per parse.</remarks>
    public CommandPattern[] StartPatterns { get; }

    /// <summary>Now-phrases and trailing fillers: what a start command may carry at either end of its tail.</summary>
    public PhraseSet StartNoise { get; }

    public PhraseSet TopicMarkers { get; }

    public PhraseSet InviteeMarkers { get; }

    public PhraseSet ListSeparators { get; }

    public PhraseSet SelfReferences { get; }

    public CommandPattern[] LinkPatterns { get; }

    public PhraseSet SignInPhrases { get; }

    public PhraseSet PersonLinkVerbs { get; }

    public CommandPattern[] PersonLinkPatterns { get; }

    /// <summary>Every word of the vocabulary, for checks that each one tokenizes as a single word.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether the text is made only of help symbols (and spaces), like <c>?</c>.</summary>
    public bool IsHelpSymbol(string text) =>
        text.Length > 0 && !text.AsSpan().ContainsAnyExcept(_helpSymbolsAndSpace);
}
