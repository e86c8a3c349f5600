using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// A resource found in a compiled ARM template: the template that declares it, and the conditions that guard it
/// (its own and those of the enclosing modules).
/// </summary>
internal sealed record ArmResource(string SymbolicName, JsonObject Node, JsonObject DeclaringTemplate, IReadOnlyList<string> Conditions)
{
    /// <summary>A variable of the declaring template, as text.</summary>
    public string Variable(string name) => ArmTemplate.Text(DeclaringTemplate["variables"]?[name]);

    public string Type => Node["type"]?.GetValue<string>() ?? "";

    public string ApiVersion => Node["apiVersion"]?.GetValue<string>() ?? "";

    public JsonNode? Properties => Node["properties"];
}

/// <summary>Walks a compiled ARM template (JSON from `bicep build`), including the templates of nested modules.</summary>
internal sealed class ArmTemplate(JsonObject root)
{
    // Keeps ARM expressions readable: no \u0027 for quotes.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JsonObject Root { get; } = root;

    /// <summary>A string value as is; anything else as compact JSON; null as "".</summary>
    public static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString(Readable) ?? "";

    public static ArmTemplate Load(string path) =>
        new(JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is not JSON."));

    /// <summary>The template and every nested module template.</summary>
    public IEnumerable<JsonObject> Templates() => TemplatesOf(Root);

    public IEnumerable<ArmResource> Resources() => ResourcesOf(Root, []);

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources().Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The top-level module deployment with the given symbolic name.</summary>
    public ArmResource Module(string symbolicName) =>
        Resources().Single(r => r.SymbolicName == symbolicName && r.Type == "Microsoft.Resources/deployments");

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Parameters(JsonObject template) =>
        template["parameters"]?.AsObject() ?? [];

    private static IEnumerable<JsonObject> TemplatesOf(JsonObject template)
    {
        yield return template;
        foreach (var (_, resource) in Entries(template["resources"]))
        {
            if (resource?["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in TemplatesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<ArmResource> ResourcesOf(JsonObject template, IReadOnlyList<string> outerConditions)
    {
        foreach (var (name, node) in Entries(template["resources"]))
        {
            if (node is not JsonObject resource)
            {
                continue;
            }

            var conditions = resource["condition"] is { } condition
                ? [.. outerConditions, Text(condition)]
                : outerConditions;
            yield return new ArmResource(name, resource, template, conditions);

            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested, conditions))
                {
                    yield return inner;
                }
            }
        }
    }

    // languageVersion 2.0 keeps resources in an object keyed by symbolic name; 1.0 in an array.
    private static IEnumerable<(string Name, JsonNode? Node)> Entries(JsonNode? resources) => resources switch
    {
        JsonObject byName => byName.Select(p => (p.Key, p.Value)),
        JsonArray list => list.Select((node, i) => (node?["name"] is { } name ? Text(name) : $"#{i}", node)),
        _ => [],
    };
}
