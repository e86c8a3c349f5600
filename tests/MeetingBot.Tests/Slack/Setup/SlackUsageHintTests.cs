using MeetingBot.Commands;
using MeetingBot.Localization;
using MeetingBot.Slack.Inbound;
using MeetingBot.Tests.Commands;

namespace MeetingBot.Tests.Slack.Setup;

/// <summary>
/// Slack shows the usage hint under <c>/meet</c> while people type. Its forms come from the bot's help examples (the
/// command catalog), so renaming a command or rewording its example breaks this test until the hint follows.
/// </summary>
public class SlackUsageHintTests
{
    /// <summary>The catalog commands a Slack user reaches through /meet (the issue's list); account linking is not hinted.</summary>
    private static readonly string[] HintedCommands = ["start", "invite", "participants", "stop", "list", "help"];

    /// <summary>What /meet alone stands for, in each language the hint carries.</summary>
    private static readonly (Language Language, string StartWords)[] Languages = [(Language.English, "start meeting"), (new Language("ru"), "начни встречу")];

    public static TheoryData<string> Files => new(SlackManifest.HttpFile, SlackManifest.SocketModeFile);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_hinted_command_has_a_form_made_of_its_help_example(string file)
    {
        var forms = Forms(file);

        foreach (var (language, startWords) in Languages)
        {
            foreach (var name in HintedCommands.Where(name => name != "start"))
            {
                var head = HeadWord(name, language);
                Assert.True(forms.Any(form => FirstWord(form) == head), $"The usage hint has no form starting with '{head}' (the {name} example's first word): {string.Join(" | ", forms)}");
            }

            Assert.Contains(forms, form => StartTails(language, startWords).Contains(form));
        }
    }

    /// <summary>/meet itself stands for "start meeting": a form is what follows it in a start example, or another command's example.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_form_of_the_hint_is_a_help_example(string file)
    {
        var heads = Languages.SelectMany(language => HintedCommands.Where(name => name != "start").Select(name => HeadWord(name, language.Language))).ToHashSet(StringComparer.Ordinal);
        var tails = Languages.SelectMany(language => StartTails(language.Language, language.StartWords)).ToHashSet(StringComparer.Ordinal);

        foreach (var form in Forms(file))
        {
            Assert.True(tails.Contains(form) || heads.Contains(FirstWord(form)),
                $"'{form}' is neither what follows 'start meeting' in a start example nor a command the help shows.");
        }
    }

    /// <summary>The hint's forms, split at "|"; an @ (a Slack mention) reads as the plain name in the examples.</summary>
    private static IReadOnlyList<string> Forms(string file)
    {
        var hint = (string?)SlackManifest.Load(file)["features"]!["slash_commands"]![0]!["usage_hint"];
        Assert.NotNull(hint);
        return hint.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(form => form.Replace("@", "", StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>The bot reads each form typed after /meet as the command the hint says it is.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_form_of_the_hint_typed_after_slash_meet_is_that_command(string file)
    {
        var parser = new CommandParser(TestParser.TrueConf.DisplayName);
        var byHead = Languages
            .SelectMany(language => HintedCommands.Where(name => name != "start").Select(name => (Head: HeadWord(name, language.Language), Name: name)))
            .ToDictionary(pair => pair.Head, pair => pair.Name, StringComparer.Ordinal);

        foreach (var form in Forms(file))
        {
            var expected = byHead.GetValueOrDefault(FirstWord(form)) ?? "start";
            var command = SlashCommandText.Parse(parser, form, []);
            Assert.True(CommandCatalog.For(command)?.Name == expected, $"/meet {form} reads as {ParsedCommand.Describe(command)}, not {expected}.");
        }
    }

    /// <summary>What follows "start meeting" in the start examples that say more (people, a topic); modes are not hinted.</summary>
    private static HashSet<string> StartTails(Language language, string startWords) =>
        Examples("start", language)
            .Where(example => example.StartsWith(startWords + " ", StringComparison.Ordinal))
            .Select(example => example[(startWords.Length + 1)..])
            .ToHashSet(StringComparer.Ordinal);

    private static string HeadWord(string command, Language language) => FirstWord(Assert.Single(Examples(command, language)));

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    /// <summary>The help examples of one catalog command, found by parsing each: the parser decides what an example is.</summary>
    private static IReadOnlyList<string> Examples(string command, Language language)
    {
        Assert.Contains(CommandCatalog.Commands, definition => definition.Name == command);
        using var scope = TextLanguage.Use(language);
        var examples = CommandCatalog.ExamplesFor(TestParser.TrueConf)
            .Select(example => example.Example)
            .Where(example => CommandCatalog.For(TestParser.Parse(example, []))?.Name == command)
            .ToArray();
        Assert.NotEmpty(examples);
        return examples;
    }
}
