using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Commands;

public class CommandCatalogTests
{
    /// <summary>What each catalog example must parse to, by title: a new example without a line here fails.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["Start a meeting"] = "Start(null; [])",
        ["Start a meeting with people"] = "Start(null; [kevin, dean])",
        ["Start a meeting with a topic"] = "Start(\"Design review\"; [kevin])",
        ["Start a smart meeting"] = "Start(null; [kevin]; SmartMeeting)",
        ["Start a meeting with guests"] = "Start(null; []; guests)",
        ["Invite people"] = "Invite([dean, helen])",
        ["Who is in the meeting"] = "Participants",
        ["Stop the meeting"] = "Stop",
        ["List my meetings"] = "List",
        ["Sign in to TrueConf"] = "SignIn",
        ["Link my TrueConf account"] = "Link(helen)",
        ["Help"] = "Help",
        ["Начать встречу"] = "Start(null; [])",
        ["Встреча с участниками"] = "Start(null; [kevin, dean])",
        ["Встреча с темой"] = "Start(\"Ретро\"; [kevin])",
        ["Умная встреча"] = "Start(null; [kevin]; SmartMeeting)",
        ["Встреча с гостями"] = "Start(null; []; guests)",
        ["Пригласить участников"] = "Invite([dean, helen])",
        ["Кто на встрече"] = "Participants",
        ["Завершить встречу"] = "Stop",
        ["Мои встречи"] = "List",
        ["Войти в TrueConf"] = "SignIn",
        ["Привязать аккаунт TrueConf"] = "Link(helen)",
        ["Помощь"] = "Help",
    };

    private static readonly Language Russian = new("ru");

    private static readonly ConferencingCapabilities NothingButMeetings = new("MoodHood", false, false, false, false, false);

    private static readonly ConferencingCapabilities PersonalLinksOnly = new("MoodHood", HasUserDirectory: false, LiveParticipants: false, CanStop: true, Guests: false, PersonalLinks: true);

    public static TheoryData<string> Titles => new(BothLanguages().Select(example => example.Title));

    [Theory]
    [MemberData(nameof(Titles))]
    public void Every_example_parses_to_its_intended_command(string title)
    {
        var example = BothLanguages().Single(e => e.Title == title);

        Assert.Equal(Expected[title], ParsedCommand.Describe(TestParser.Parse(example.Example, [])));
    }

    [Fact]
    public void The_catalog_lists_every_command_once_in_each_language()
    {
        Assert.Equal(Expected.Keys.Order(), BothLanguages().Select(example => example.Title).Order());
    }

    [Fact]
    public void Help_examples_are_in_the_language_being_written()
    {
        using (TextLanguage.Use(Russian))
        {
            Assert.Equal("Начать встречу", CommandCatalog.ExamplesFor(TestParser.TrueConf)[0].Title);
            Assert.Contains(CommandCatalog.ExamplesFor(TestParser.TrueConf), example => example.Title == "Войти в TrueConf" && example.Description.Contains("TrueConf", StringComparison.Ordinal));
        }

        Assert.Equal("Start a meeting", CommandCatalog.ExamplesFor(TestParser.TrueConf)[0].Title);
        using (TextLanguage.Use(new Language("de")))
        {
            Assert.Equal("Start a meeting", CommandCatalog.ExamplesFor(TestParser.TrueConf)[0].Title);
        }
    }

    /// <summary>Teams app manifest limits: command title 32 characters, description 128, at most 12 commands.</summary>
    [Theory]
    [MemberData(nameof(Titles))]
    public void Examples_fit_the_teams_manifest(string title)
    {
        var example = BothLanguages().Single(e => e.Title == title);

        Assert.InRange(example.Title.Length, 1, 32);
        Assert.InRange(example.Description.Length, 1, 128);
        Assert.False(string.IsNullOrWhiteSpace(example.Example));
        Assert.InRange(CommandCatalog.ExamplesFor(TestParser.TrueConf).Count, 1, 12);
        using (TextLanguage.Use(Russian))
        {
            Assert.InRange(CommandCatalog.ExamplesFor(TestParser.TrueConf).Count, 1, 12);
        }
    }

    [Fact]
    public void The_language_command_is_understood_but_not_listed()
    {
        Assert.Equal("Language(ru)", ParsedCommand.Parse("language ru"));
        Assert.DoesNotContain(CommandCatalog.Commands.Single(command => command.Name == "language").CommandType, BothLanguages().Select(example => CommandCatalog.For(TestParser.Parse(example.Example, []))!.CommandType));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Every_command_has_words_in_each_vocabulary_and_a_distinct_name(string language)
    {
        var vocabulary = CommandVocabulary.For(new Language(language), "TrueConf");

        Assert.Equal(language, vocabulary.Language.Code);
        Assert.All(CommandCatalog.Commands, definition => Assert.True(vocabulary.Knows(definition.Name), definition.Name));
        Assert.Equal(CommandCatalog.Commands.Count, CommandCatalog.Commands.Select(definition => definition.Name).Distinct().Count());
        Assert.Equal(CommandCatalog.Commands.Count, CommandCatalog.Commands.Select(definition => definition.CommandType).Distinct().Count());
    }

    [Fact]
    public void Help_lists_only_what_the_backend_can_do_and_names_the_backend()
    {
        var examples = CommandCatalog.ExamplesFor(NothingButMeetings);

        Assert.DoesNotContain(examples, example => example.Title is "Stop the meeting" or "Who is in the meeting" or "Invite people" or "Sign in to MoodHood");
        Assert.Contains(examples, example => example.Title == "Start a meeting" && example.Description.Contains("MoodHood", StringComparison.Ordinal));
        Assert.DoesNotContain(examples, example => (example.Title + example.Description + example.Example).Contains("TrueConf", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void With_personal_links_help_lists_invite_and_stop_but_not_who_is_in_guests_or_sign_in()
    {
        var titles = CommandCatalog.ExamplesFor(PersonalLinksOnly).Select(example => example.Title).ToArray();

        Assert.Contains("Invite people", titles);
        Assert.Contains("Stop the meeting", titles);
        Assert.DoesNotContain("Who is in the meeting", titles);
        Assert.DoesNotContain("Start a meeting with guests", titles);
        Assert.DoesNotContain("Sign in to MoodHood", titles);
        Assert.True(CommandCatalog.Commands.Single(command => command.Name == "participants").IsAvailableWith(PersonalLinksOnly));
    }

    private static IReadOnlyList<CommandExample> BothLanguages()
    {
        var english = CommandCatalog.ExamplesFor(TestParser.TrueConf);
        using (TextLanguage.Use(Russian))
        {
            return [.. english, .. CommandCatalog.ExamplesFor(TestParser.TrueConf)];
        }
    }

    [Fact]
    public void The_backend_name_in_commands_comes_from_the_backend()
    {
        var parser = new CommandParser("MoodHood");

        Assert.Equal("Link(helen)", ParsedCommand.Describe(parser.Parse("my moodhood id is helen", [])));
        Assert.Equal("Link(helen)", ParsedCommand.Describe(parser.Parse("my mood hood id is helen", [])));
        Assert.StartsWith("Unknown", ParsedCommand.Describe(parser.Parse("my trueconf id is helen", [])), StringComparison.Ordinal);
    }
}
