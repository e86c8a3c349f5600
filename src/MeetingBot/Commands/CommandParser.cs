namespace MeetingBot.Commands;

/// <summary>
/// Reads what a chat message asks for. Channel-neutral: the channel layer removes the bot's own mention and
/// passes the other mentions with the exact markup they have in the text. Never throws; anything it does not
/// understand becomes an <see cref="UnknownCommand"/> carrying the cleaned text.
/// </summary>
public static class CommandParser
{
    private const int StackTokenLimit = 256;
    private static readonly HelpCommand Help = new();
    private static readonly SignInCommand SignIn = new();

    /// <param name="text">The message text as the channel delivered it (HTML, entities and mention markup allowed).</param>
    /// <param name="mentions">The people mentioned in <paramref name="text"/>, other than the bot.</param>
    public static BotCommand Parse(string? text, IReadOnlyList<MessageMention> mentions) =>
        Parse(text, mentions, CommandVocabulary.English);

    internal static BotCommand Parse(string? text, IReadOnlyList<MessageMention>? mentions, CommandVocabulary vocabulary)
    {
        mentions ??= [];
        var clean = CommandText.Normalize(text, mentions);

        // Every token is at least one character long, so the text length bounds the token count.
        Span<CommandToken> buffer = clean.Length <= StackTokenLimit
            ? stackalloc CommandToken[clean.Length]
            : new CommandToken[clean.Length];
        var count = CommandTokenizer.Tokenize(clean, buffer);
        var tokens = new CommandTokens(clean, buffer[..count], mentions);

        return Recognise(tokens, vocabulary) ?? new UnknownCommand(CommandText.Render(clean, mentions));
    }

    private static BotCommand? Recognise(CommandTokens tokens, CommandVocabulary vocabulary)
    {
        var body = tokens.Trim(vocabulary.LeadingFillers, vocabulary.TrailingFillers);
        if (body.IsEmpty)
        {
            return vocabulary.IsHelpSymbol(tokens.Text) ? Help : null;
        }

        if (vocabulary.HelpPhrases.MatchesAll(body) || vocabulary.HelpOpenings.MatchAt(body, 0) > 0)
        {
            return Help;
        }

        if (vocabulary.SignInPhrases.MatchesAll(body))
        {
            return SignIn;
        }

        return TryParseLink(body, vocabulary) ?? TryParsePersonLink(body, vocabulary) ?? (BotCommand?)StartMeetingParser.TryParse(body, vocabulary);
    }

    /// <summary><c>link @Alex to alex</c>: a verb, exactly one mention, then the rest of a person-link pattern.</summary>
    private static LinkPersonCommand? TryParsePersonLink(CommandTokens body, CommandVocabulary vocabulary)
    {
        var verb = vocabulary.PersonLinkVerbs.MatchAt(body, 0);
        if (verb == 0 || verb >= body.Length || body[verb].Kind != CommandTokenKind.Mention)
        {
            return null;
        }

        var mention = body.MentionAt(verb);
        var rest = body.Slice(verb + 1, body.Length - verb - 1);
        return ValueOf(rest, vocabulary.PersonLinkPatterns) is { } id
            ? new LinkPersonCommand(new MentionedPerson(mention.ChatUserId, mention.Name), id)
            : null;
    }

    private static LinkAccountCommand? TryParseLink(CommandTokens body, CommandVocabulary vocabulary) =>
        ValueOf(body, vocabulary.LinkPatterns) is { } id ? new LinkAccountCommand(id) : null;

    /// <summary>The id captured by the first of <paramref name="patterns"/> matching the whole window, if any.</summary>
    private static string? ValueOf(CommandTokens tokens, CommandPattern[] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.TryMatchAll(tokens, out var value))
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
