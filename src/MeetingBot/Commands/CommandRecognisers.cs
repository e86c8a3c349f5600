namespace MeetingBot.Commands;

/// <summary>The shapes most commands share: a whole phrase, a phrase naming a meeting, a pattern capturing a value.</summary>
internal static class CommandRecognisers
{
    /// <summary><c>help</c>, <c>what can you do</c>, <c>how do i …</c>.</summary>
    public static BotCommand? Help(CommandTokens body, CommandVocabulary vocabulary, CommandWords words) =>
        words.MatchesAll(body) || words.Openings.MatchAt(body, 0) > 0 ? new HelpCommand() : null;

    /// <summary>The command when the body is, as a whole, one of its phrases or value-less patterns.</summary>
    public static CommandRecogniser Whole(Func<BotCommand> create) =>
        (body, vocabulary, words) => words.MatchesAll(body.Trim(vocabulary.NowPhrases, vocabulary.NowPhrases)) ? create() : null;

    /// <summary>A whole phrase, optionally naming the meeting at the end (<c>stop meeting 4219111751</c>).</summary>
    public static CommandRecogniser Targeted(Func<string?, BotCommand> create) =>
        (body, vocabulary, words) =>
        {
            var target = MeetingTarget.Find(body, vocabulary);
            if (target.MeetingId is null)
            {
                return words.MatchesAll(body.Trim(vocabulary.NowPhrases, vocabulary.NowPhrases)) ? create(null) : null;
            }

            // The noun and the marker may belong to the phrase ("stop meeting 42", "who is in meeting 42") or to the target.
            return words.MatchesAll(body.Slice(0, target.IdStart)) ||
                   words.MatchesAll(body.Slice(0, target.NounStart)) ||
                   words.MatchesAll(body.Slice(0, target.Start))
                ? create(target.MeetingId)
                : null;
        };

    public static BotCommand? LinkAccount(CommandTokens body, CommandVocabulary vocabulary, CommandWords words) =>
        ValueOf(body, words.Patterns) is { } id ? new LinkAccountCommand(id) : null;

    /// <summary><c>link @Alex to alex</c>: a verb, exactly one mention, then the rest of a pattern.</summary>
    public static BotCommand? LinkPerson(CommandTokens body, CommandVocabulary vocabulary, CommandWords words)
    {
        var verb = words.Verbs.MatchAt(body, 0);
        if (verb == 0 || verb >= body.Length || body[verb].Kind != CommandTokenKind.Mention)
        {
            return null;
        }

        var mention = body.MentionAt(verb);
        var rest = body.Slice(verb + 1, body.Length - verb - 1);
        return ValueOf(rest, words.Patterns) is { } id
            ? new LinkPersonCommand(new MentionedPerson(mention.ChatUserId, mention.Name), id)
            : null;
    }

    /// <summary><c>language ru</c>, <c>язык русский</c>: the language as typed; <c>languages</c> alone asks which there are.</summary>
    public static BotCommand? ChooseLanguage(CommandTokens body, CommandVocabulary vocabulary, CommandWords words) =>
        ValueOf(body, words.Patterns) is { } requested ? new ChooseLanguageCommand(requested)
        : words.Phrases.MatchesAll(body) ? new ChooseLanguageCommand(null)
        : null;

    /// <summary>The id captured by the first of <paramref name="patterns"/> matching the whole window, if any.</summary>
    private static string? ValueOf(CommandTokens tokens, CommandPattern[] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.TryMatchAll(tokens, out var value) && value >= 0)
            {
                // Words come trimmed already; quoted values may still carry punctuation inside the quotes.
                var chars = tokens.CharsOf(value);
                var id = chars[CommandTokenizer.TrimWord(chars)];
                if (!id.IsEmpty)
                {
                    return id.ToString();
                }
            }
        }

        return null;
    }
}
