using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

public class CommandCatalogTests
{
    /// <summary>What each catalog entry must parse to, by title: a new entry without a line here fails.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["Start a meeting"] = "Start(null; [])",
        ["Start a meeting with people"] = "Start(null; [kevin, dean])",
        ["Start a meeting with a topic"] = "Start(\"Design review\"; [kevin])",
        ["Sign in to TrueConf"] = "SignIn",
        ["Link my TrueConf account"] = "Link(helen)",
        ["Help"] = "Help",
    };

    public static TheoryData<string> Titles => new(CommandCatalog.Examples.Select(example => example.Title));

    [Theory]
    [MemberData(nameof(Titles))]
    public void Every_example_parses_to_its_intended_command(string title)
    {
        var example = CommandCatalog.Examples.Single(e => e.Title == title);

        Assert.Equal(Expected[title], ParsedCommand.Describe(CommandParser.Parse(example.Example, [])));
    }

    [Fact]
    public void The_catalog_lists_every_command_once()
    {
        Assert.Equal(Expected.Keys.Order(), CommandCatalog.Examples.Select(example => example.Title).Order());
    }

    /// <summary>Teams app manifest limits: command title 32 characters, description 128.</summary>
    [Theory]
    [MemberData(nameof(Titles))]
    public void Examples_fit_the_teams_manifest(string title)
    {
        var example = CommandCatalog.Examples.Single(e => e.Title == title);

        Assert.InRange(example.Title.Length, 1, 32);
        Assert.InRange(example.Description.Length, 1, 128);
        Assert.False(string.IsNullOrWhiteSpace(example.Example));
    }
}
