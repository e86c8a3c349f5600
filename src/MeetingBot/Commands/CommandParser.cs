using MeetingBot.Localization;

namespace MeetingBot.Commands;

/// <summary>
/// Reads what a chat message asks for. Channel-neutral: the channel layer removes the bot's own mention and
/// passes the other mentions with the exact markup they have in the text. Never throws; anything it does not
/// understand becomes an <see cref="UnknownCommand"/> carrying the cleaned text. Built once per video backend,
/// whose name the commands may use (<c>my {service} id is …</c>). A message is read with each language's vocabulary
/// in turn and is the first command one of them reads: a message mixing languages (one language's command words with
/// another's <c>с</c>, <c>and</c>… outside quotes) is read by none, and says so (<see cref="UnknownCommand.MixesLanguages"/>).
/// </summary>
public sealed class CommandParser
{
    private const int StackTokenLimit = 256;

    private readonly Reader[] _readers;

    /// <param name="serviceName">The active video backend's display name.</param>
    public CommandParser(string serviceName)
        : this(CommandVocabulary.All(serviceName))
    {
    }

    internal CommandParser(params CommandVocabulary[] vocabularies)
    {
        _readers = vocabularies
            .Select(vocabulary => new Reader(
                vocabulary, CommandCatalog.Commands.Select(definition => (definition, vocabulary.For(definition.Name))).ToArray()))
            .ToArray();
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

        var mixed = false;
        foreach (var reader in _readers)
        {
            if (reader.Recognise(tokens, ref mixed) is { } command)
            {
                return command;
            }
        }

        return new UnknownCommand(CommandText.Render(clean, mentions)) { MixesLanguages = mixed };
    }

    /// <summary>
    /// A list of people typed on its own (a card's Invite box), read like what follows <c>invite</c>: names,
    /// <c>everyone here</c>. Null when it is not one. Without a verb any words are names, so the reader's language
    /// (<see cref="TextLanguage.Current"/>) reads it first: <c>dean и helen</c> is two people in Russian.
    /// </summary>
    public InviteCommand? ParseInvitees(string? text)
    {
        var clean = CommandText.Normalize(text, []);
        var buffer = new CommandToken[clean.Length];
        var count = CommandTokenizer.Tokenize(clean, buffer);
        var tokens = new CommandTokens(clean, buffer.AsSpan(0, count), []);
        // "everyone here" in any language is everyone, not a person of that name.
        var language = TextLanguage.Current;
        InviteCommand? first = null;
        foreach (var reader in _readers.OrderBy(reader => reader.Language == language ? 0 : 1))
        {
            if (reader.ReadInvitees(tokens) is { } invite)
            {
                if (invite.EveryoneHere)
                {
                    return invite;
                }

                first ??= invite;
            }
        }

        return first;
    }

    /// <summary>The commands of one language.</summary>
    private sealed class Reader(CommandVocabulary vocabulary, (CommandDefinition Definition, CommandWords Words)[] commands)
    {
        public Language Language => vocabulary.Language;

        /// <param name="mixed">Set when the message mixes this language with another's connectives.</param>
        public BotCommand? Recognise(CommandTokens tokens, ref bool mixed)
        {
            var body = tokens.Trim(vocabulary.LeadingFillers, vocabulary.TrailingFillers);
            if (body.IsEmpty)
            {
                return vocabulary.IsHelpSymbol(tokens.Text) ? new HelpCommand() : null;
            }

            // Read in this language, another's "с" or "and" would become part of a topic or a name.
            if (vocabulary.MixesWithAnother(body))
            {
                mixed = true;
                return null;
            }

            foreach (var (definition, words) in commands)
            {
                if (definition.Recognise(body, vocabulary, words) is { } command)
                {
                    return command;
                }
            }

            return null;
        }

        public InviteCommand? ReadInvitees(CommandTokens tokens)
        {
            var body = tokens.Trim(vocabulary.LeadingFillers, vocabulary.TrailingFillers);
            return body.IsEmpty || vocabulary.HasForeignConnective(body) ? null : InviteParser.ReadPeople(body, vocabulary);
        }
    }
}
