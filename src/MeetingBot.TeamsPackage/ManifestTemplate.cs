using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.TeamsPackage;

/// <summary>Fills the placeholders of <c>manifest.json</c>; refuses to return a manifest with any token left.</summary>
public static class ManifestTemplate
{
    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        // The manifest is a file for people and Teams, not HTML: keep quotes and non-ASCII letters readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Fill(string templateJson, TeamsPackageSettings settings)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ManifestPlaceholders.AppId] = settings.AppId.ToString("D"),
            [ManifestPlaceholders.AppVersion] = settings.Version,
            [ManifestPlaceholders.BotDomain] = settings.BotHost,
        };
        if (settings.TrueConfHost is not null)
        {
            values[ManifestPlaceholders.TrueConfDomain] = settings.TrueConfHost;
        }

        var manifest = (JsonObject)Replace(Parse(templateJson), values)!;
        if (manifest["validDomains"] is JsonArray domains)
        {
            manifest["validDomains"] = CleanDomains(domains);
        }

        var filled = manifest.ToJsonString(Output);
        var leftovers = ManifestPlaceholders.FindIn(filled);
        if (leftovers.Count > 0)
        {
            throw new TeamsPackageException(
                $"The manifest still contains {string.Join(", ", leftovers)} after filling it; refusing to write a package. " +
                $"Known placeholders: {ManifestPlaceholders.AppId}, {ManifestPlaceholders.AppVersion}, " +
                $"{ManifestPlaceholders.BotDomain}, {ManifestPlaceholders.TrueConfDomain}.");
        }

        return filled + "\n";
    }

    private static JsonObject Parse(string templateJson)
    {
        try
        {
            return JsonNode.Parse(templateJson) as JsonObject
                ?? throw new TeamsPackageException("The manifest template is not a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new TeamsPackageException($"The manifest template is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>A copy of <paramref name="node"/> with the tokens in every string value replaced.</summary>
    private static JsonNode? Replace(JsonNode? node, IReadOnlyDictionary<string, string> values) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(property => KeyValuePair.Create(property.Key, Replace(property.Value, values)))),
        JsonArray array => new JsonArray(array.Select(item => Replace(item, values)).ToArray()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(Substitute(value.GetValue<string>(), values)),
        _ => node?.DeepClone(),
    };

    private static string Substitute(string text, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (token, replacement) in values)
        {
            text = text.Replace(token, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// The TrueConf entry is optional: without a host it is dropped instead of failing. A host listed twice (bot
    /// and TrueConf on one name) is kept once.
    /// </summary>
    private static JsonArray CleanDomains(JsonArray domains) => new(domains
        .Select(domain => domain?.GetValue<string>())
        .Where(domain => domain is not null && domain != ManifestPlaceholders.TrueConfDomain)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(domain => (JsonNode?)JsonValue.Create(domain))
        .ToArray());
}
