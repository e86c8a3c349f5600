using System.Text.Json.Nodes;
using MeetingBot.Commands;
using MeetingBot.Localization;
using MeetingBot.TeamsPackage;
using MeetingBot.Tests.Commands;
using NJsonSchema;

namespace MeetingBot.Tests.TeamsPackage;

/// <summary>
/// The manifest's Russian strings (<c>manifest/ru.json</c>, named by <c>localizationInfo</c>): a Teams client in
/// Russian shows the command menu from the catalog's Russian examples, each one a command the bot understands.
/// </summary>
public class ManifestLocalizationTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "teams-localization-v1.30.schema.json")));

    private static string RussianJson() => File.ReadAllText(Path.Combine(TestManifest.Directory, "ru.json"));

    private static JsonObject Russian() => JsonNode.Parse(RussianJson())!.AsObject();

    [Fact]
    public async Task Russian_strings_are_valid_against_the_v1_30_localization_schema()
    {
        var errors = (await Schema.Value).Validate(RussianJson());

        Assert.Empty(errors.Select(error => $"{error.Path}: {error.Kind}"));
    }

    /// <summary>Guards the check above: the schema rejects a key Teams would not know and a missing required one.</summary>
    [Fact]
    public async Task Localization_schema_rejects_an_unknown_key_and_a_missing_description()
    {
        var withUnknown = Russian();
        withUnknown["bots[0].commandLists[0].commands[12].title"] = "тринадцатая";
        var withoutDescription = Russian();
        withoutDescription.Remove("description.short");

        Assert.NotEmpty((await Schema.Value).Validate(withUnknown.ToJsonString()));
        Assert.NotEmpty((await Schema.Value).Validate(withoutDescription.ToJsonString()));
    }

    [Fact]
    public void Manifest_names_the_russian_file_and_english_as_its_own_language()
    {
        var localization = TestManifest.Filled()["localizationInfo"]!.AsObject();

        Assert.Equal("en-us", (string?)localization["defaultLanguageTag"]);
        var russian = Assert.Single(localization["additionalLanguages"]!.AsArray())!;
        Assert.Equal(("ru", "ru.json"), ((string?)russian["languageTag"], (string?)russian["file"]));
        Assert.Contains("ru.json", TeamsPackageBuilder.EntryNames);
    }

    [Fact]
    public void Every_command_list_is_the_russian_command_catalog()
    {
        IReadOnlyList<CommandExample> expected;
        using (TextLanguage.Use(new Language("ru")))
        {
            expected = CommandCatalog.ExamplesFor(TestParser.TrueConf);
        }

        var russian = Russian();
        var lists = TestManifest.Filled()["bots"]![0]!["commandLists"]!.AsArray();
        for (var list = 0; list < lists.Count; list++)
        {
            var commands = Enumerable.Range(0, lists[list]!["commands"]!.AsArray().Count)
                .Select(index => (
                    (string?)russian[$"bots[0].commandLists[{list}].commands[{index}].title"],
                    (string?)russian[$"bots[0].commandLists[{list}].commands[{index}].description"]));

            Assert.Equal(expected.Select(example => ((string?)example.Example, (string?)example.Description)), commands);
        }
    }

    [Fact]
    public void Every_russian_title_is_a_command_the_bot_understands()
    {
        var titles = Russian().Where(pair => pair.Key.EndsWith(".title", StringComparison.Ordinal)).Select(pair => (string)pair.Value!).ToArray();

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.False(TestParser.Parse(title, []) is UnknownCommand, title));
    }
}
