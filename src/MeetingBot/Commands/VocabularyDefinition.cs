using MeetingBot.Localization;

namespace MeetingBot.Commands;

/// <summary>
/// The words of one language, as plain data. Phrases are words separated by single spaces and are matched
/// ignoring case; patterns use the syntax of <see cref="CommandPattern"/>. Words must survive
/// <see cref="CommandTokenizer"/> as single words (no spaces, colons, commas or quotes inside). The set
/// <c>{service}</c> is not defined here: it is the active video backend's name (<see cref="ServiceNames"/>).
/// </summary>
internal sealed record VocabularyDefinition
{
    /// <summary>The language these words are, whose help shows its examples.</summary>
    public required Language Language { get; init; }

    /// <summary>
    /// The forms to look a typed name up by when it finds nobody as typed: a language that inflects names gives their
    /// base forms (<c>Деном</c> → <c>Ден</c>); none by default.
    /// </summary>
    public Func<string, IReadOnlyList<string>> NameBaseForms { get; init; } = static _ => [];

    /// <summary>Named phrase sets that patterns refer to as <c>{name}</c> (verbs, nouns…).</summary>
    public required IReadOnlyDictionary<string, string[]> Sets { get; init; }

    /// <summary>Each command's own words, by <see cref="CommandDefinition.Name"/>: every catalog command has an entry.</summary>
    public required IReadOnlyDictionary<string, CommandWordsDefinition> Commands { get; init; }

    /// <summary>Greetings and politeness skipped before a command (<c>hey</c>, <c>can you</c>, <c>please</c>).</summary>
    public required string[] LeadingFillers { get; init; }

    /// <summary>Politeness skipped after a command (<c>please</c>, <c>thanks</c>).</summary>
    public required string[] TrailingFillers { get; init; }

    /// <summary>Characters that, alone, ask for help (<c>?</c>).</summary>
    public required string HelpSymbols { get; init; }

    /// <summary>Words about time that add nothing to a command (<c>now</c>, <c>right away</c>).</summary>
    public required string[] NowPhrases { get; init; }

    /// <summary>Words that introduce a meeting topic (<c>about</c>, <c>called</c>).</summary>
    public required string[] TopicMarkers { get; init; }

    /// <summary>Words that introduce the people to invite (<c>with</c>, <c>inviting</c>).</summary>
    public required string[] InviteeMarkers { get; init; }

    /// <summary>Words that separate people in a list, besides <c>, ; &amp; +</c> (<c>and</c>).</summary>
    public required string[] ListSeparators { get; init; }

    /// <summary>Words for the sender in a list of people, ignored because the sender owns the meeting.</summary>
    public required string[] SelfReferences { get; init; }

    /// <summary>Head words of a start command that ask for automatic speaker selection (<c>smart</c>).</summary>
    public required string[] SmartWords { get; init; }

    /// <summary>Head words of a start command that ask for a moderated, role-based meeting (<c>moderated</c>, <c>webinar</c>).</summary>
    public required string[] ModeratedWords { get; init; }

    /// <summary>Head words of a start command that open the meeting to guests (<c>public</c>).</summary>
    public required string[] PublicWords { get; init; }

    /// <summary>Tail phrases of a start command that open the meeting to guests (<c>with guests</c>).</summary>
    public required string[] GuestPhrases { get; init; }

    /// <summary>What an invite says instead of names to mean every member of the conversation (<c>everyone here</c>).</summary>
    public required string[] EveryonePhrases { get; init; }

    /// <summary>Words before <c>meeting 4219111751</c> at the end of a command (<c>in</c>, <c>to</c>).</summary>
    public required string[] TargetMarkers { get; init; }
}

/// <summary>One command's words in one language.</summary>
internal sealed record CommandWordsDefinition
{
    /// <summary>Messages that are the command as a whole (<c>who is in</c>).</summary>
    public string[] Phrases { get; init; } = [];

    /// <summary>Openings that make any message this command (<c>help …</c>).</summary>
    public string[] Openings { get; init; } = [];

    /// <summary>Verbs that open the command before its arguments (<c>invite</c> dean).</summary>
    public string[] Verbs { get; init; } = [];

    /// <summary>Patterns the command's words match (with <c>{value}</c> where it takes one).</summary>
    public string[] Patterns { get; init; } = [];

    /// <summary>How help and the app manifest show it; <c>{service}</c> stands for the backend's name.</summary>
    public required CommandExample[] Examples { get; init; }
}
