namespace MeetingBot.Commands;

/// <summary>
/// The words of one language, as plain data. Phrases are words separated by single spaces and are matched
/// ignoring case; patterns use the syntax of <see cref="CommandPattern"/>. Words must survive
/// <see cref="CommandTokenizer"/> as single words (no spaces, colons, commas or quotes inside).
/// </summary>
internal sealed record VocabularyDefinition
{
    /// <summary>Named phrase sets that patterns refer to as <c>{name}</c> (verbs, nouns, the service name…).</summary>
    public required IReadOnlyDictionary<string, string[]> Sets { get; init; }

    /// <summary>Greetings and politeness skipped before a command (<c>hey</c>, <c>can you</c>, <c>please</c>).</summary>
    public required string[] LeadingFillers { get; init; }

    /// <summary>Politeness skipped after a command (<c>please</c>, <c>thanks</c>).</summary>
    public required string[] TrailingFillers { get; init; }

    /// <summary>Messages that are a request for help as a whole (<c>what can you do</c>).</summary>
    public required string[] HelpPhrases { get; init; }

    /// <summary>Openings that make any message a request for help (<c>help …</c>, <c>how do i …</c>).</summary>
    public required string[] HelpOpenings { get; init; }

    /// <summary>Characters that, alone, ask for help (<c>?</c>).</summary>
    public required string HelpSymbols { get; init; }

    /// <summary>Patterns for the head of a start-meeting command; the rest of the message is the tail.</summary>
    public required string[] StartPatterns { get; init; }

    /// <summary>Words about time that add nothing to a start command (<c>now</c>, <c>right away</c>).</summary>
    public required string[] NowPhrases { get; init; }

    /// <summary>Words that introduce a meeting topic (<c>about</c>, <c>called</c>).</summary>
    public required string[] TopicMarkers { get; init; }

    /// <summary>Words that introduce the people to invite (<c>with</c>, <c>inviting</c>).</summary>
    public required string[] InviteeMarkers { get; init; }

    /// <summary>Words that separate people in a list, besides <c>, ; &amp; +</c> (<c>and</c>).</summary>
    public required string[] ListSeparators { get; init; }

    /// <summary>Words for the sender in a list of people, ignored because the sender owns the meeting.</summary>
    public required string[] SelfReferences { get; init; }

    /// <summary>Patterns of the link-account command; <c>{value}</c> captures the TrueConf id.</summary>
    public required string[] LinkPatterns { get; init; }

    /// <summary>Messages that, as a whole, ask to sign in to TrueConf (<c>sign in</c>, <c>link my account</c>).</summary>
    public required string[] SignInPhrases { get; init; }

    /// <summary>Verbs that open an admin's link of someone else (<c>link</c> @Alex to alex).</summary>
    public required string[] PersonLinkVerbs { get; init; }

    /// <summary>What follows the verb and the mention in an admin's link; <c>{value}</c> captures the TrueConf id.</summary>
    public required string[] PersonLinkPatterns { get; init; }
}
