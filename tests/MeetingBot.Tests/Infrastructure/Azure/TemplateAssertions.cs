using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MeetingBot.Tests.Deployment;

/// <summary>Reading values out of the compiled ARM template, and the app-settings check the template tests share.</summary>
internal static class TemplateAssertions
{
    /// <summary>The web app module's <c>appSettings</c> parameter, as the expression Bicep compiled it to.</summary>
    public static string AppSettingsExpression(ArmTemplate template) =>
        Str(template.Module("webApp").Properties?["parameters"]?["appSettings"]?["value"]);

    public static void AssertSetting(string appSettings, string name, string valueExpression)
    {
        var pattern = $@"createObject\('name', '{Regex.Escape(name)}', 'value', {Regex.Escape(valueExpression)}\)";
        Assert.True(Regex.IsMatch(appSettings, pattern), $"App setting {name} = {valueExpression} not found in: {appSettings}");
    }

    public static string Str(JsonNode? node) => ArmTemplate.Text(node);

    public static bool Bool(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var b) && b;
}
