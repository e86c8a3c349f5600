using System.Text.Json.Nodes;
using MeetingBot.TeamsPackage;
using MeetingBot.TeamsPackage.Icons;

namespace MeetingBot.Tests.TeamsPackage;

public class ManifestSchemaTests
{
    [Theory]
    [InlineData(TestManifest.TrueConfHost)]
    [InlineData(null)]
    public async Task Filled_manifest_is_valid_against_the_v1_30_schema(string? trueConfHost)
    {
        Assert.Empty(await TestManifest.SchemaErrorsAsync(TestManifest.FilledJson(trueConfHost)));
    }

    /// <summary>Guards the check above: the validator does reject a manifest that breaks the schema.</summary>
    [Fact]
    public async Task Schema_rejects_a_manifest_without_an_id()
    {
        var manifest = TestManifest.Filled();
        manifest.Remove("id");

        Assert.NotEmpty(await TestManifest.SchemaErrorsAsync(manifest.ToJsonString()));
    }

    /// <summary>The validator ignores the schema's <c>const</c>, so the version is checked here.</summary>
    [Fact]
    public void Manifest_declares_version_1_30_and_its_schema()
    {
        var manifest = TestManifest.Filled();

        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
    }

    [Fact]
    public void App_id_and_bot_id_are_the_given_app_id()
    {
        var manifest = TestManifest.Filled();

        Assert.Equal(TestManifest.AppId, (string?)manifest["id"]);
        Assert.Equal(TestManifest.AppId, (string?)Bot(manifest)["botId"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
    }

    [Fact]
    public void One_conversational_bot_in_personal_team_and_group_chat()
    {
        var bots = TestManifest.Filled()["bots"]!.AsArray();
        var bot = Assert.Single(bots)!.AsObject();

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool?)bot["supportsFiles"]);
        Assert.False((bool?)bot["isNotificationOnly"]);
    }

    [Fact]
    public void Developer_pages_are_https_on_the_bot_host()
    {
        var developer = TestManifest.Filled()["developer"]!.AsObject();

        Assert.Equal("MeetingBot", (string?)developer["name"]);
        foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var url = new Uri((string)developer[key]!);
            Assert.Equal(("https", TestManifest.BotHost), (url.Scheme, url.Host));
        }
    }

    [Fact]
    public void Icons_and_accent_colour_match_the_generated_icons()
    {
        var manifest = TestManifest.Filled();

        Assert.Equal(AppIcons.AccentColor, (string?)manifest["accentColor"]);
        Assert.Equal(AppIcons.ColorFileName, (string?)manifest["icons"]!["color"]);
        Assert.Equal(AppIcons.OutlineFileName, (string?)manifest["icons"]!["outline"]);
    }

    [Theory]
    [InlineData(TestManifest.TrueConfHost, new[] { TestManifest.BotHost, TestManifest.TrueConfHost })]
    [InlineData(null, new[] { TestManifest.BotHost })]
    [InlineData(TestManifest.BotHost, new[] { TestManifest.BotHost })]
    public void Valid_domains_are_the_bot_host_and_the_trueconf_host_when_given(string? trueConfHost, string[] expected)
    {
        var domains = TestManifest.Filled(trueConfHost)["validDomains"]!.AsArray();

        Assert.Equal(expected, domains.Select(domain => (string?)domain));
    }

    /// <summary>Bot Framework authentication needs no SSO app registration in the manifest (see the README).</summary>
    [Fact]
    public void No_web_application_info_is_declared()
    {
        Assert.False(TestManifest.Filled().ContainsKey("webApplicationInfo"));
    }

    [Fact]
    public void Template_uses_only_the_known_placeholders()
    {
        string[] known = [ManifestPlaceholders.AppId, ManifestPlaceholders.AppVersion, ManifestPlaceholders.BotDomain, ManifestPlaceholders.TrueConfDomain];

        Assert.Equal(known.Order(), ManifestPlaceholders.FindIn(TestManifest.TemplateJson()).Order());
    }

    private static JsonObject Bot(JsonObject manifest) => manifest["bots"]![0]!.AsObject();
}
