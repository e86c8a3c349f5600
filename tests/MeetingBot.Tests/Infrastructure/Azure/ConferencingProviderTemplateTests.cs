using System.Text.RegularExpressions;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// infra/main.bicep deploys the chosen video backend only: its app settings and its Key Vault secret, and a
/// deployment missing one of its required values fails by name. The compiled template's expressions are evaluated
/// for given parameter values (<see cref="ArmExpression"/>), as ARM would evaluate them.
/// </summary>
public sealed partial class ConferencingProviderTemplateTests(CompiledTemplateFixture fixture) : IClassFixture<CompiledTemplateFixture>
{
    private static readonly Dictionary<string, object?> TrueConf = new()
    {
        ["trueConfServerUrl"] = "https://video.example.com",
        ["trueConfClientId"] = "meetingbot",
        ["trueConfClientSecret"] = "placeholder",
    };

    private static readonly Dictionary<string, object?> MoodHood = new()
    {
        ["conferencingProvider"] = "MoodHood",
        ["moodHoodApiBaseUrl"] = "https://api.moodhood.example",
        ["moodHoodWebBaseUrl"] = "https://web.moodhood.example",
        ["moodHoodSpaceId"] = "space-1",
        ["moodHoodPersonalToken"] = "placeholder",
    };

    private ArmTemplate Template => fixture.Template;

    [Fact]
    public void Provider_IsTrueConfOrMoodHood_TrueConfByDefault()
    {
        var provider = Template.Root["parameters"]?["conferencingProvider"];

        Assert.Equal("TrueConf", ArmTemplate.Text(provider?["defaultValue"]));
        Assert.Equal(["TrueConf", "MoodHood"], provider?["allowedValues"]?.AsArray().Select(v => ArmTemplate.Text(v)));
    }

    [Fact]
    public void TrueConf_deployment_gets_the_TrueConf_settings_and_secret_only()
    {
        var settings = AppSettings(TrueConf);

        Assert.Equal("TrueConf", settings["Conferencing__Provider"]);
        Assert.Equal("https://video.example.com", settings["TrueConf__ServerUrl"]);
        Assert.Equal("meetingbot", settings["TrueConf__ClientId"]);
        Assert.Equal("v3.8", settings["TrueConf__ApiVersion"]);
        Assert.StartsWith("@Microsoft.KeyVault(SecretUri=", settings["TrueConf__ClientSecret"], StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("MoodHood__", StringComparison.Ordinal));
        Assert.Equal(["trueconf-client-secret"], ConferencingSecrets(TrueConf));
    }

    [Fact]
    public void MoodHood_deployment_gets_the_MoodHood_settings_and_secret_only()
    {
        // A TrueConf secret left in the pipeline's variables must not reach the vault of a MoodHood deployment.
        var parameters = new Dictionary<string, object?>(MoodHood) { ["trueConfClientSecret"] = "left-over" };

        var settings = AppSettings(parameters);

        Assert.Equal("MoodHood", settings["Conferencing__Provider"]);
        Assert.Equal("https://api.moodhood.example", settings["MoodHood__ApiBaseUrl"]);
        Assert.Equal("https://web.moodhood.example", settings["MoodHood__WebBaseUrl"]);
        Assert.Equal("space-1", settings["MoodHood__SpaceId"]);
        Assert.Equal("lesson", settings["MoodHood__RoomType"]);
        Assert.StartsWith("@Microsoft.KeyVault(SecretUri=", settings["MoodHood__PersonalToken"], StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("TrueConf__", StringComparison.Ordinal));
        Assert.Equal(["moodhood-personal-token"], ConferencingSecrets(parameters));
    }

    [Theory]
    [InlineData("TrueConf", "trueConfServerUrl")]
    [InlineData("TrueConf", "trueConfClientId")]
    [InlineData("TrueConf", "trueConfClientSecret")]
    [InlineData("MoodHood", "moodHoodApiBaseUrl")]
    [InlineData("MoodHood", "moodHoodWebBaseUrl")]
    [InlineData("MoodHood", "moodHoodSpaceId")]
    [InlineData("MoodHood", "moodHoodPersonalToken")]
    public void A_deployment_missing_a_required_value_of_its_provider_is_refused_naming_it(string provider, string missing)
    {
        var parameters = new Dictionary<string, object?>(provider == "MoodHood" ? MoodHood : TrueConf);
        parameters.Remove(missing);

        var failure = Assert.Throws<ArmDeploymentFailedException>(() => AppSettings(parameters));

        Assert.Equal($"conferencingProvider {provider} needs these parameters: {missing}.", failure.Message);
    }

    [Fact]
    public void The_other_providers_values_are_not_required()
    {
        Assert.Equal("MoodHood", AppSettings(MoodHood)["Conferencing__Provider"]);
        Assert.Equal("TrueConf", AppSettings(TrueConf)["Conferencing__Provider"]);
    }

    private Dictionary<string, string> AppSettings(IReadOnlyDictionary<string, object?> parameters)
    {
        var expression = Template.Module("webApp").Properties?["parameters"]?["appSettings"]?["value"];
        var settings = (List<object?>)new ArmExpression(Template.Root, parameters).Evaluate(expression)!;
        return settings.Cast<Dictionary<string, object?>>().ToDictionary(s => (string)s["name"]!, s => (string)s["value"]!);
    }

    /// <summary>The Key Vault secrets of either backend that this deployment creates.</summary>
    private List<string> ConferencingSecrets(IReadOnlyDictionary<string, object?> parameters)
    {
        var module = Template.Module("keyVault");
        var main = new ArmExpression(Template.Root, parameters);
        var given = new Dictionary<string, object?>();
        foreach (var name in new[] { "trueConfClientSecret", "moodHoodPersonalToken" })
        {
            // A parameter is { "value": ... }, or an expression producing that object when its value is conditional.
            var entry = main.Evaluate(module.Properties?["parameters"]?[name]);
            given[name] = ((Dictionary<string, object?>)entry!)["value"];
        }

        var vaultTemplate = module.Properties!["template"]!.AsObject();
        var inner = new ArmExpression(vaultTemplate, given);
        return Template.OfType("Microsoft.KeyVault/vaults/secrets")
            .Where(s => ReferenceEquals(s.DeclaringTemplate, vaultTemplate))
            .Where(s => s.Node["condition"] is not { } condition || inner.Evaluate(condition) is true)
            .Select(s => SecretName().Match(ArmTemplate.Text(s.Node["name"])).Groups[1].Value)
            .Where(n => n.StartsWith("trueconf", StringComparison.Ordinal) || n.StartsWith("moodhood", StringComparison.Ordinal))
            .ToList();
    }

    // Compiled secret names read "[format('{0}/{1}', parameters('name'), 'the-secret')]".
    [GeneratedRegex(@"'([a-z-]+)'\)\]$")]
    private static partial Regex SecretName();
}
