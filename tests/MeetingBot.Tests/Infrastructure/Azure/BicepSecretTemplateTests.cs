using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static MeetingBot.Tests.Deployment.TemplateAssertions;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// How the ARM template compiled from infra/main.bicep keeps its secrets: in Key Vault, from secure parameters only,
/// read by the bot's identity through Key Vault references; no default or parameters-file value looks like one.
/// </summary>
public sealed partial class BicepSecretTemplateTests(CompiledTemplateFixture fixture) : IClassFixture<CompiledTemplateFixture>
{
    private const string KeyVaultSecretsUserRoleId = "4633458b-17de-408a-b874-0445c86b69e6";

    private ArmTemplate Template => fixture.Template;

    [Fact]
    public void AppSettings_TakeSecretsFromKeyVaultReferences()
    {
        var settings = AppSettingsExpression();
        var function = ArmTemplate.Text(Template.Root["functions"]);

        Assert.Contains("@Microsoft.KeyVault(SecretUri={0})", function, StringComparison.Ordinal);
        AssertSetting(settings, "MoodHood__PersonalToken", "__bicep.keyVaultReference(reference('keyVault').outputs.moodHoodPersonalTokenUri.value)");
        AssertSetting(settings, "TrueConf__ClientSecret", "__bicep.keyVaultReference(reference('keyVault').outputs.trueConfClientSecretUri.value)");
        AssertSetting(settings, "Slack__SigningSecret", "__bicep.keyVaultReference(reference('keyVault').outputs.slackSigningSecretUri.value)");
        AssertSetting(settings, "Slack__BotToken", "__bicep.keyVaultReference(reference('keyVault').outputs.slackBotTokenUri.value)");
        AssertSetting(settings, "Slack__AppToken", "__bicep.keyVaultReference(reference('keyVault').outputs.slackAppTokenUri.value)");
        AssertSetting(settings, "Storage__Redis__ConnectionString", "__bicep.keyVaultReference(reference('redis').outputs.connectionStringSecretUri.value)");
    }

    [Fact]
    public void KeyVault_UsesRbac_AndTheIdentityMayReadSecrets()
    {
        var vault = Template.Single("Microsoft.KeyVault/vaults");
        Assert.True(Bool(vault.Properties?["enableRbacAuthorization"]), "enableRbacAuthorization");
        Assert.Contains("parameters('enableSoftDelete')", Str(vault.Properties?["enableSoftDelete"]), StringComparison.Ordinal);
        Assert.Contains("parameters('enablePurgeProtection')", Str(vault.Properties?["enablePurgeProtection"]), StringComparison.Ordinal);

        var assignment = Assert.Single(Template.OfType("Microsoft.Authorization/roleAssignments"), r => r.SymbolicName == "secretsUser");
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRoleId'))]",
            Str(assignment.Properties?["roleDefinitionId"]));
        Assert.Equal(KeyVaultSecretsUserRoleId, assignment.Variable("keyVaultSecretsUserRoleId"));
        Assert.Equal("ServicePrincipal", Str(assignment.Properties?["principalType"]));
        var principal = Str(Template.Module("keyVault").Properties?["parameters"]?["readerPrincipalId"]?["value"]);
        Assert.Contains("reference('identity').principalId", principal, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_HoldsTheSecrets_FromSecureParametersOnly()
    {
        var secrets = Template.OfType("Microsoft.KeyVault/vaults/secrets").ToList();
        var names = secrets.Select(s => Str(s.Node["name"])).ToList();

        Assert.Equal(6, secrets.Count);
        foreach (var expected in new[] { "trueconf-client-secret", "moodhood-personal-token", "slack-signing-secret", "slack-bot-token", "slack-app-token", "redis-connection-string" })
        {
            Assert.Contains(names, n => n.Contains(expected, StringComparison.Ordinal));
        }

        // Values are expressions (secure parameters or listKeys), never literals.
        Assert.All(secrets, s => Assert.StartsWith("[", Str(s.Properties?["value"]), StringComparison.Ordinal));
        // Optional Slack secrets, and each backend's secret, exist only when a value was given.
        Assert.All(secrets.Where(s => !Str(s.Node["name"]).Contains("redis", StringComparison.Ordinal)),
            s => Assert.NotEmpty(s.Conditions));
    }

    [Fact]
    public void SecureParameters_HaveNoDefaults_AndSecretNamedParametersAreSecure()
    {
        foreach (var template in Template.Templates())
        {
            foreach (var (name, parameter) in ArmTemplate.Parameters(template))
            {
                var type = Str(parameter?["type"]);
                var secure = type.StartsWith("secure", StringComparison.OrdinalIgnoreCase);
                if (secure)
                {
                    Assert.True(parameter?["defaultValue"] is null, $"Secure parameter {name} has a default value.");
                }

                if (SecretName().IsMatch(name))
                {
                    Assert.True(secure, $"Parameter {name} looks like a secret but is not @secure().");
                }
            }
        }

        var main = ArmTemplate.Parameters(Template.Root).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("securestring", Str(main["trueConfClientSecret"]?["type"]));
        Assert.Equal("securestring", Str(main["moodHoodPersonalToken"]?["type"]));
        Assert.Equal("securestring", Str(main["slackSigningSecret"]?["type"]));
        Assert.Equal("securestring", Str(main["slackBotToken"]?["type"]));
        Assert.Equal("securestring", Str(main["slackAppToken"]?["type"]));
    }

    [Fact]
    public void DefaultValues_DoNotLookLikeSecrets()
    {
        var defaults = Template.Templates()
            .SelectMany(ArmTemplate.Parameters)
            .Where(p => p.Value?["defaultValue"] is not null)
            .Select(p => (p.Key, Value: ArmTemplate.Text(p.Value!["defaultValue"])));

        Assert.All(defaults, d => Assert.False(SecretLiteral().IsMatch(d.Value), $"Default of {d.Key} looks like a secret: {d.Value}"));
    }

    [Fact]
    public void ParametersFile_HoldsNoSecrets_AndSuppliesEveryRequiredParameter()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepoPaths.Full("infra/main.parameters.json")))!;
        var given = file["parameters"]?.AsObject() ?? [];
        var declared = ArmTemplate.Parameters(Template.Root).ToDictionary(p => p.Key, p => p.Value);

        foreach (var (name, entry) in given)
        {
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets {name}, which main.bicep does not declare.");
            var secure = Str(declared[name]?["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase);
            if (entry?["reference"] is not null)
            {
                // A Key Vault reference is the one acceptable way to name a secret here.
                Assert.True(secure, $"{name} is a Key Vault reference but not a secure parameter.");
                continue;
            }

            Assert.False(secure, $"main.parameters.json gives a value for the secure parameter {name}.");
            Assert.False(SecretName().IsMatch(name), $"main.parameters.json sets {name}, which looks like a secret.");
            Assert.False(SecretLiteral().IsMatch(ArmTemplate.Text(entry?["value"])), $"Value of {name} looks like a secret.");
        }

        var required = declared
            .Where(p => p.Value?["defaultValue"] is null && p.Value?["nullable"] is null
                && !Str(p.Value?["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key);
        Assert.All(required, name => Assert.True(given.ContainsKey(name), $"main.parameters.json lacks the required {name}."));
    }

    private string AppSettingsExpression() => TemplateAssertions.AppSettingsExpression(Template);

    [GeneratedRegex("(secret|password|token|connectionstring|apikey)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    // Slack tokens, connection-string credentials, PEM keys, and long opaque strings.
    [GeneratedRegex(@"xox[abprs]-|AccountKey=|password=|SharedAccessKey=|-----BEGIN|[A-Za-z0-9+/_\-]{32,}={0,2}", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLiteral();
}
