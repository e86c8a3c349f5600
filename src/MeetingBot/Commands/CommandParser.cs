namespace MeetingBot.Commands;

/// <summary>
/// Reads what a chat message asks for. Channel-neutral: the channel layer removes the bot's own mention and
/// passes the other mentions with the exact markup they have in the text. Never throws; anything it does not
/// understand becomes an <see cref="UnknownCommand"/> carrying the cleaned text. Built once per video backend,
/// whose name the commands may use (<c>my {service} id is …</c>).
/// </summary>
public sealed class CommandParser
{
    private const int StackTokenLimit = 256;

    private readonly CommandVocabulary _vocabulary;
    private readonly (CommandDefinition Definition, CommandWords Words)[] _commands;

    /// <param name="serviceName">The active video backend's display name.</param>
    public CommandParser(string serviceName)
        : this(CommandVocabulary.English(serviceName))
    {
    }

    internal CommandParser(CommandVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _commands = CommandCatalog.Commands.Select(definition => (definition, vocabulary.For(definition.Name))).ToArray();
    }

    /// <param name="text">The message text as the channel delivered it (HTML, entities and mention markup allowed).</param>
    /// <param name="mentions">The people mentioned in <paramref name="text"/>, other than the bot.</param>
    public BotCommand Parse(string? text, IReadOnlyList<MessageMention>? mentions)
    {
        mentions ??= [];
        var clean = CommandText.Normalize(text, mentions);

        // Every token is at least one character long, so the text length bounds the token count.
        Span<CommandToken> buffer = clean.Length <= StackTokenLimit
            ? stackalloc CommandToken[clean.Length]
            : new CommandToken[clean.Length];
        var count = CommandTokenizer.Tokenize(clean, buffer);
        var tokens = new CommandTokens(clean, buffer[..count], mentions);

        return Recognise(tokens) ?? new UnknownCommand(CommandText.Render(clean, mentions));
    }

    /// <summary>
    /// A list of people typed on its own (a card's Invite box), read like what follows <c>invite</c>: names,
    /// <c>everyone here</c>. Null when it is not one.
    /// </summary>
    public InviteCommand? ParseInvitees(string? text)
    {
        var clean = CommandText.Normalize(text, []);
        var buffer = new CommandToken[clean.Length];
        var count = CommandTokenizer.Tokenize(clean, buffer);
        var tokens = new CommandTokens(clean, buffer.AsSpan(0, count), []);
        var body = tokens.Trim(_vocabulary.LeadingFillers, _vocabulary.TrailingFillers);
        return body.IsEmpty ? null : InviteParser.ReadPeople(body, _vocabulary);
    }

    private BotCommand? Recognise(CommandTokens tokens)
    {
        var body = tokens.Trim(_vocabulary.LeadingFillers, _vocabulary.TrailingFillers);
        if (body.IsEmpty)
        {
            return _vocabulary.IsHelpSymbol(tokens.Text) ? new HelpCommand() : null;
        }

        foreach (var (definition, words) in _commands)
        {
            if (definition.Recognise(body, _vocabulary, words) is { } command)
            {
                return command;
            }
        }

        return null;
    }
}
