using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeetingBot.Tests.Deployment;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Tests.Slack.Setup;

/// <summary>
/// The Slack app manifests in manifest/slack/ as Slack reads them: YAML turned into the JSON the official v1 schema
/// (slackapi/manifest-schema, vendored in Schemas/) validates.
/// </summary>
internal static partial class SlackManifest
{
    public const string HttpFile = "manifest/slack/manifest.yml";
    public const string SocketModeFile = "manifest/slack/manifest.socket-mode.yml";

    /// <summary>The host the HTTP manifest's request URLs name until an admin puts the bot's own host there.</summary>
    public const string PlaceholderHost = "meetingbot.contoso.com";

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "slack-app-manifest.schema.json")));

    public static JsonObject Load(string repoRelativePath) =>
        FromYaml(File.ReadAllText(RepoPaths.Full(repoRelativePath)));

    /// <summary>One YAML document as JSON; plain scalars typed by YAML 1.2's core schema, quoted ones stay strings.</summary>
    public static JsonObject FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Assert.IsType<JsonObject>(ToJson(Assert.Single(stream.Documents).RootNode));
    }

    /// <summary>The schema's complaints, one line each; empty when valid.</summary>
    public static async Task<IReadOnlyList<string>> SchemaErrorsAsync(JsonObject manifest)
    {
        var schema = await Schema.Value;
        return schema.Validate(manifest.ToJsonString()).Select(error => $"{error.Path}: {error.Kind}").ToArray();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}."),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
            _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
