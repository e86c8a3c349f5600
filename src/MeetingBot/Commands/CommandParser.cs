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

        return TryParseLink(body, vocabulary) ?? (BotCommand?)StartMeetingParser.TryParse(body, vocabulary);
    }

    private static LinkAccountCommand? TryParseLink(CommandTokens body, CommandVocabulary vocabulary)
    {
        foreach (var pattern in vocabulary.LinkPatterns)
        {
            if (pattern.TryMatchAll(body, out var value))
            {
                // Words come trimmed already; quoted values may still carry punctuation inside the quotes.
                var chars = body.CharsOf(value);
                var id = chars[CommandTokenizer.TrimWord(chars)];
                if (!id.IsEmpty)
                {
                    return new LinkAccountCommand(id.ToString());
                }
            }
        }

        return null;
    }
}
