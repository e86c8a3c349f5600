using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Slack.Setup;

/// <summary>Both Slack app manifests are what Slack's own schema accepts, so pasting either one creates the app.</summary>
public class SlackManifestSchemaTests
{
    public static TheoryData<string> Files => new(SlackManifest.HttpFile, SlackManifest.SocketModeFile);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Manifest_is_valid_against_the_slack_v1_schema(string file)
    {
        Assert.Empty(await SlackManifest.SchemaErrorsAsync(SlackManifest.Load(file)));
    }

    /// <summary>Guards the check above: the validator does reject manifests that break the schema.</summary>
    [Theory]
    [InlineData("a slash command without a description")]
    [InlineData("a request URL that is not http(s)")]
    [InlineData("an unknown setting")]
    [InlineData("no display information")]
    [InlineData("a boolean written as a string")]
    public async Task Schema_rejects_a_broken_manifest(string breakage)
    {
        var manifest = SlackManifest.Load(SlackManifest.HttpFile);
        var settings = manifest["settings"]!.AsObject();
        var command = manifest["features"]!["slash_commands"]![0]!.AsObject();
        switch (breakage)
        {
            case "a slash command without a description":
                command.Remove("description");
                break;
            case "a request URL that is not http(s)":
                command["url"] = "meetingbot.contoso.com/slack/commands";
                break;
            case "an unknown setting":
                settings["socket_mode"] = true;
                break;
            case "no display information":
                manifest.Remove("display_information");
                break;
            case "a boolean written as a string":
                settings["socket_mode_enabled"] = "false";
                break;
        }

        Assert.NotEmpty(await SlackManifest.SchemaErrorsAsync(manifest));
    }

    /// <summary>Quoted YAML stays a string, so a manifest that quotes a boolean fails above as it fails in Slack.</summary>
    [Fact]
    public void Yaml_scalars_are_typed_as_slack_reads_them()
    {
        var json = SlackManifest.FromYaml("a: true\nb: 'true'\nc: 1\nd: \"#1e63d6\"\ne: /meet\nf: ~\n");

        Assert.Equal("""{"a":true,"b":"true","c":1,"d":"#1e63d6","e":"/meet","f":null}""", json.ToJsonString());
    }
}
