using MeetingBot.Localization;

namespace MeetingBot.Commands;

/// <summary>
/// A <see cref="VocabularyDefinition"/> made ready for matching, for one video backend (whose name is the
/// <c>{service}</c> set). Another language is another definition (data), compiled by the same constructor; the
/// parser code does not change.
/// </summary>
internal sealed class CommandVocabulary
{
    private readonly string _helpSymbolsAndSpace;
    private readonly Dictionary<string, CommandWords> _commands;

    private readonly Func<string, IReadOnlyList<string>> _nameBaseForms;

    public CommandVocabulary(VocabularyDefinition definition, string serviceName)
    {
        ServiceName = serviceName;
        Language = definition.Language;
        _nameBaseForms = definition.NameBaseForms;
        var names = ServiceNames.For(serviceName);
        var sets = definition.Sets.ToDictionary(pair => pair.Key, pair => new PhraseSet(pair.Value));
        sets["service"] = new PhraseSet(names);
        if (definition.Sets.TryGetValue("modifier", out var modifiers))
        {
            sets["modifier"] = new PhraseSet(modifiers.Concat(names));
        }

        LeadingFillers = new PhraseSet(definition.LeadingFillers);
        TrailingFillers = new PhraseSet(definition.TrailingFillers);
        _helpSymbolsAndSpace = definition.HelpSymbols + " ";
        NowPhrases = new PhraseSet(definition.NowPhrases);
        StartNoise = new PhraseSet(definition.NowPhrases.Concat(definition.TrailingFillers));
        TopicMarkers = new PhraseSet(definition.TopicMarkers);
        InviteeMarkers = new PhraseSet(definition.InviteeMarkers);
        ListSeparators = new PhraseSet(definition.ListSeparators);
        SelfReferences = new PhraseSet(definition.SelfReferences);
        SmartWords = new PhraseSet(definition.SmartWords);
        ModeratedWords = new PhraseSet(definition.ModeratedWords);
        PublicWords = new PhraseSet(definition.PublicWords);
        GuestPhrases = new PhraseSet(definition.GuestPhrases);
        EveryonePhrases = new PhraseSet(definition.EveryonePhrases);
        TargetMarkers = new PhraseSet(definition.TargetMarkers);
        Nouns = sets.TryGetValue("noun", out var nouns) ? nouns : new PhraseSet([]);
        Modifiers = sets.TryGetValue("modifier", out var modifierSet) ? modifierSet : new PhraseSet([]);
        _commands = definition.Commands.ToDictionary(pair => pair.Key, pair => new CommandWords(pair.Value, sets), StringComparer.Ordinal);

        Words = sets.Values
            .Concat([LeadingFillers, TrailingFillers, StartNoise, TopicMarkers, InviteeMarkers, ListSeparators, SelfReferences])
            .Concat([SmartWords, ModeratedWords, PublicWords, GuestPhrases, EveryonePhrases, TargetMarkers])
            .Concat(_commands.Values.SelectMany(words => words.AllSets))
            .SelectMany(set => set.Words)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        OwnWords = new PhraseSet(Words);
        ForeignConnectives = new PhraseSet(Definitions
            .Where(other => other.Language != Language)
            .SelectMany(other => other.InviteeMarkers.Concat(other.ListSeparators))
            .Select(WordFolding.Fold)
            .Where(phrase => !phrase.Contains(' ', StringComparison.Ordinal))
            .Except(Words, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Every language the bot understands, English first.</summary>
    internal static IReadOnlyList<VocabularyDefinition> Definitions { get; } = [EnglishVocabulary.Definition, RussianVocabulary.Definition];

    /// <summary>English, for a backend called <paramref name="serviceName"/>.</summary>
    public static CommandVocabulary English(string serviceName) => new(EnglishVocabulary.Definition, serviceName);

    /// <summary>Russian, for a backend called <paramref name="serviceName"/>.</summary>
    public static CommandVocabulary Russian(string serviceName) => new(RussianVocabulary.Definition, serviceName);

    /// <summary>Every language's vocabulary, English first.</summary>
    public static CommandVocabulary[] All(string serviceName) =>
        Definitions.Select(definition => new CommandVocabulary(definition, serviceName)).ToArray();

    /// <summary>The vocabulary of <paramref name="language"/>; English when the bot has no words in it.</summary>
    public static CommandVocabulary For(Language language, string serviceName) =>
        new(Definitions.FirstOrDefault(definition => definition.Language == language) ?? EnglishVocabulary.Definition, serviceName);

    public Language Language { get; }

    public string ServiceName { get; }

    public PhraseSet LeadingFillers { get; }

    public PhraseSet TrailingFillers { get; }

    public PhraseSet NowPhrases { get; }

    /// <summary>Now-phrases and trailing fillers: what a start command may carry at either end of its tail.</summary>
    public PhraseSet StartNoise { get; }

    public PhraseSet TopicMarkers { get; }

    public PhraseSet InviteeMarkers { get; }

    public PhraseSet ListSeparators { get; }

    public PhraseSet SelfReferences { get; }

    public PhraseSet SmartWords { get; }

    public PhraseSet ModeratedWords { get; }

    public PhraseSet PublicWords { get; }

    public PhraseSet GuestPhrases { get; }

    public PhraseSet EveryonePhrases { get; }

    public PhraseSet TargetMarkers { get; }

    /// <summary>The <c>{noun}</c> set: words for a meeting.</summary>
    public PhraseSet Nouns { get; }

    /// <summary>The <c>{modifier}</c> set: words that may stand before a meeting noun.</summary>
    public PhraseSet Modifiers { get; }

    /// <summary>Every word of the vocabulary, for checks that each one tokenizes as a single word.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Every word of the vocabulary, each a phrase of its own.</summary>
    public PhraseSet OwnWords { get; }

    /// <summary>
    /// The one-word invitee markers and list words of the other languages (<c>с</c>, <c>и</c> for English; <c>with</c>,
    /// <c>and</c> for Russian) that are no word of this one: outside quotes they mean a message mixes languages, and
    /// read in this language they would end up inside a topic or a name (<c>start meeting about budget с kevin</c>).
    /// </summary>
    public PhraseSet ForeignConnectives { get; }

    /// <summary>Whether a plain word of <paramref name="tokens"/> (quoted stretches and mentions aside) is one of <see cref="ForeignConnectives"/>.</summary>
    public bool HasForeignConnective(CommandTokens tokens)
    {
        for (var position = 0; position < tokens.Length; position++)
        {
            if (ForeignConnectives.MatchAt(tokens, position) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="tokens"/> carry words of this language and connectives of another: a mixed message.</summary>
    public bool MixesWithAnother(CommandTokens tokens)
    {
        if (!HasForeignConnective(tokens))
        {
            return false;
        }

        for (var position = 0; position < tokens.Length; position++)
        {
            if (OwnWords.MatchAt(tokens, position) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of the command called <paramref name="name"/>.</summary>
    public CommandWords For(string name) =>
        _commands.TryGetValue(name, out var words)
            ? words
            : throw new InvalidOperationException($"The vocabulary has no words for the command '{name}'.");

    /// <summary>Whether the vocabulary has words for the command called <paramref name="name"/>.</summary>
    public bool Knows(string name) => _commands.ContainsKey(name);

    /// <summary>The forms to look a typed name up by when it finds nobody as typed (<see cref="VocabularyDefinition.NameBaseForms"/>).</summary>
    public IReadOnlyList<string> BaseFormsOf(string name) => _nameBaseForms(name);

    /// <summary>Whether the text is made only of help symbols (and spaces), like <c>?</c>.</summary>
    public bool IsHelpSymbol(string text) =>
        text.Length > 0 && !text.AsSpan().ContainsAnyExcept(_helpSymbolsAndSpace);
}
