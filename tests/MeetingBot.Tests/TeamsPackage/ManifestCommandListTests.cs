using System.Text.Json.Nodes;
using MeetingBot.Commands;
using MeetingBot.Tests.Commands;

namespace MeetingBot.Tests.TeamsPackage;

/// <summary>
/// Teams puts a command's title into the compose box when it is picked from the menu, so each title is the
/// catalog's example text: exactly what the parser understands. The description is the catalog's sentence.
/// </summary>
public class ManifestCommandListTests
{
    public static TheoryData<string> Scopes => new("personal", "team", "groupChat");

    [Fact]
    public void Each_bot_scope_has_exactly_one_command_list()
    {
        var bot = TestManifest.Filled()["bots"]![0]!;
        var listScopes = CommandLists().SelectMany(list => list["scopes"]!.AsArray().Select(scope => (string?)scope)).ToArray();

        Assert.Equal(bot["scopes"]!.AsArray().Select(scope => (string?)scope).Order(), listScopes.Order());
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Command_list_is_the_command_catalog(string scope)
    {
        var expected = CommandCatalog.ExamplesFor(TestParser.TrueConf).Select(example => (example.Example, example.Description));

        Assert.Equal(expected, Commands(scope).Select(command => ((string)command["title"]!, (string)command["description"]!)));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Every_title_is_a_command_the_bot_understands(string scope)
    {
        foreach (var command in Commands(scope))
        {
            var title = (string)command["title"]!;

            Assert.False(TestParser.Parse(title, []) is UnknownCommand, $"'{title}' parses to {ParsedCommand.Describe(TestParser.Parse(title, []))}");
        }
    }

    private static IEnumerable<JsonObject> CommandLists() =>
        TestManifest.Filled()["bots"]![0]!["commandLists"]!.AsArray().Select(list => list!.AsObject());

    private static IEnumerable<JsonObject> Commands(string scope) =>
        CommandLists()
            .Single(list => list["scopes"]!.AsArray().Any(item => (string?)item == scope))["commands"]!
            .AsArray()
            .Select(command => command!.AsObject());
}
