using System.Text.Json.Nodes;
using MeetingBot.TeamsPackage;
using NJsonSchema;

namespace MeetingBot.Tests.TeamsPackage;

/// <summary>The manifest folder as the tool ships it (copied next to the tests), and one good set of inputs.</summary>
internal static class TestManifest
{
    public const string AppId = "3f0c9b1e-7a52-4d8e-9c41-0b6e2a7d5f18";
    public const string BotHost = "meetingbot.contoso.com";
    public const string TrueConfHost = "video.contoso.com";

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "teams-manifest-v1.30.schema.json")));

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "manifest");

    public static TeamsPackageSettings Settings(string? trueConfHost = TrueConfHost) =>
        TeamsPackageSettings.Create(AppId, BotHost, trueConfHost, "1.2.3");

    public static TeamsPackageBuilder Builder() => new(Directory);

    public static string FilledJson(string? trueConfHost = TrueConfHost) => Builder().BuildManifest(Settings(trueConfHost));

    public static JsonObject Filled(string? trueConfHost = TrueConfHost) => JsonNode.Parse(FilledJson(trueConfHost))!.AsObject();

    public static string TemplateJson() => File.ReadAllText(Path.Combine(Directory, TeamsPackageBuilder.ManifestFileName));

    /// <summary>The v1.30 schema's complaints, one line each; empty when valid.</summary>
    public static async Task<IReadOnlyList<string>> SchemaErrorsAsync(string manifestJson)
    {
        var schema = await Schema.Value;
        return schema.Validate(manifestJson).Select(error => $"{error.Path}: {error.Kind}").ToArray();
    }
}
