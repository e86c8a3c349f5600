using MeetingBot.Conferencing;
using MeetingBot.Localization;

namespace MeetingBot.Commands;

/// <summary>
/// Every command, once: adding a command is an entry here (name, record, how it is read, what it needs from the
/// backend), its words and examples in each vocabulary, its handler and its view.
/// </summary>
public static class CommandCatalog
{
    /// <summary>In the order the parser tries them: help and account commands before the broader ones.</summary>
    public static IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("help", typeof(HelpCommand), CommandRecognisers.Help),
        new("sign-in", typeof(SignInCommand), CommandRecognisers.Whole(static () => new SignInCommand()), static backend => backend.HasUserDirectory),
        new("link", typeof(LinkAccountCommand), CommandRecognisers.LinkAccount, static backend => backend.HasUserDirectory),
        new("link-person", typeof(LinkPersonCommand), CommandRecognisers.LinkPerson, static backend => backend.HasUserDirectory),
        // Not listed: the Teams manifest holds at most 12 commands; help's own line tells how to change the language.
        new("language", typeof(ChooseLanguageCommand), CommandRecognisers.ChooseLanguage, listed: static _ => false),
        new("list", typeof(ListMeetingsCommand), CommandRecognisers.Whole(static () => new ListMeetingsCommand())),
        new("participants", typeof(ShowParticipantsCommand), CommandRecognisers.Targeted(static id => new ShowParticipantsCommand(id)),
            // Without live presence it is still understood, and answered plainly with who was invited.
            listed: static backend => backend.LiveParticipants),
        new("stop", typeof(StopMeetingCommand), CommandRecognisers.Targeted(static id => new StopMeetingCommand(id)), static backend => backend.CanStop),
        new("start", typeof(StartMeetingCommand), StartMeetingParser.TryParse),
        new("invite", typeof(InviteCommand), InviteParser.TryParse, static backend => backend.HasUserDirectory || backend.PersonalLinks),
    ];

    /// <summary>The order help and the app manifest show commands in: the everyday ones first.</summary>
    private static readonly string[] HelpOrder = ["start", "invite", "participants", "stop", "list", "sign-in", "link", "language", "help"];

    private static readonly Dictionary<Type, CommandDefinition> ByType = Commands.ToDictionary(definition => definition.CommandType);

    /// <summary>The definition of a parsed command; null for <see cref="UnknownCommand"/>.</summary>
    public static CommandDefinition? For(BotCommand command) => ByType.GetValueOrDefault(command.GetType());

    /// <summary>
    /// The examples of every command the backend supports, in help order, in the language being written
    /// (<see cref="TextLanguage.Current"/>; English when the bot has no words in it).
    /// </summary>
    public static IReadOnlyList<CommandExample> ExamplesFor(ConferencingCapabilities backend) =>
        ExamplesFor(CommandVocabulary.For(TextLanguage.Current, backend.DisplayName), backend);

    internal static IReadOnlyList<CommandExample> ExamplesFor(CommandVocabulary vocabulary, ConferencingCapabilities backend) =>
        HelpOrder
            .Select(name => Commands.Single(definition => definition.Name == name))
            .Where(definition => definition.IsListedWith(backend))
            .SelectMany(definition => vocabulary.For(definition.Name).Examples)
            .Where(example => backend.Guests || !example.NeedsGuests)
            .Select(example => example.For(backend.DisplayName))
            .ToArray();
}
