using static MeetingBot.Tests.Deployment.TemplateAssertions;

namespace MeetingBot.Tests.Deployment;

/// <summary>Properties of the ARM template compiled from infra/main.bicep (and its modules); its secrets: <see cref="BicepSecretTemplateTests"/>.</summary>
public sealed class BicepTemplateTests(CompiledTemplateFixture fixture) : IClassFixture<CompiledTemplateFixture>
{
    private const string MonitoringMetricsPublisherRoleId = "3913510d-42f4-4e42-8a64-420c390055eb";

    private ArmTemplate Template => fixture.Template;

    [Fact]
    public void WebApp_IsHardenedLinuxDotNet10WithHealthCheck()
    {
        var site = Template.Single("Microsoft.Web/sites");
        var config = site.Properties?["siteConfig"];

        Assert.Equal("app,linux", Str(site.Node["kind"]));
        Assert.True(Bool(site.Properties?["httpsOnly"]), "httpsOnly");
        Assert.Equal("DOTNETCORE|10.0", Str(config?["linuxFxVersion"]));
        Assert.EndsWith("exec /home/site/wwwroot/MeetingBot\"", Str(config?["appCommandLine"]), StringComparison.Ordinal);
        Assert.True(Bool(config?["alwaysOn"]), "alwaysOn");
        Assert.Equal("1.2", Str(config?["minTlsVersion"]));
        Assert.Equal("Disabled", Str(config?["ftpsState"]));
        Assert.Equal("/healthz", Str(config?["healthCheckPath"]));

        var plan = Template.Single("Microsoft.Web/serverfarms");
        Assert.True(Bool(plan.Properties?["reserved"]), "The App Service plan must be Linux (reserved: true).");
    }

    [Fact]
    public void WebApp_RunsAsTheUserAssignedIdentity_AndResolvesKeyVaultReferencesWithIt()
    {
        var site = Template.Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", Str(site.Node["identity"]?["type"]));
        var identityKey = Assert.Single(site.Node["identity"]?["userAssignedIdentities"]?.AsObject() ?? []).Key;
        Assert.Contains("identityResourceId", identityKey, StringComparison.Ordinal);
        Assert.Contains("identityResourceId", Str(site.Properties?["keyVaultReferenceIdentity"]), StringComparison.Ordinal);

        // main.bicep passes the user-assigned identity's resource id into the module.
        var passed = Str(Template.Module("webApp").Properties?["parameters"]?["identityResourceId"]?["value"]);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", passed, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_ConfigureManagedIdentityAuth_StorageAndTelemetry()
    {
        var settings = AppSettingsExpression();

        AssertSetting(settings, "MicrosoftAppType", "'UserAssignedMSI'");
        AssertSetting(settings, "MicrosoftAppId", "reference('identity').clientId");
        AssertSetting(settings, "MicrosoftAppTenantId", "reference('identity').tenantId");
        AssertSetting(settings, "MicrosoftAppPassword", "''");
        AssertSetting(settings, "TrueConf__ServerUrl", "parameters('trueConfServerUrl')");
        AssertSetting(settings, "TrueConf__ClientId", "parameters('trueConfClientId')");
        AssertSetting(settings, "TrueConf__ApiVersion", "parameters('trueConfApiVersion')");
        AssertSetting(settings, "WEBSITES_ENABLE_APP_SERVICE_STORAGE", "'true'");
        AssertSetting(settings, "ASPNETCORE_HTTP_PORTS", "'8080'");
        AssertSetting(settings, "WEBSITES_PORT", "'8080'");
        AssertSetting(settings, "APPLICATIONINSIGHTS_CONNECTION_STRING", "reference('monitoring').outputs.connectionString.value");
    }

    [Fact]
    public void Bot_IsAnAzureBotWithManagedIdentityAndTheTeamsChannel()
    {
        var bot = Template.Single("Microsoft.BotService/botServices");
        var props = bot.Properties;

        Assert.Equal("azurebot", Str(bot.Node["kind"]));
        Assert.Equal("global", Str(bot.Node["location"]));
        Assert.Contains("parameters('sku')", Str(bot.Node["sku"]?["name"]), StringComparison.Ordinal);
        Assert.Equal("UserAssignedMSI", Str(props?["msaAppType"]));
        Assert.Contains("identityClientId", Str(props?["msaAppId"]), StringComparison.Ordinal);
        Assert.Contains("identityTenantId", Str(props?["msaAppTenantId"]), StringComparison.Ordinal);
        Assert.Contains("identityResourceId", Str(props?["msaAppMSIResourceId"]), StringComparison.Ordinal);

        var module = Template.Module("bot").Properties?["parameters"];
        Assert.Contains("https://{0}/api/messages", Str(module?["endpoint"]?["value"]), StringComparison.Ordinal);
        Assert.Contains("reference('identity').clientId", Str(module?["identityClientId"]?["value"]), StringComparison.Ordinal);

        var teams = Template.Single("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", Str(teams.Properties?["channelName"]));
        Assert.True(Bool(teams.Properties?["properties"]?["isEnabled"]), "Teams channel enabled");
    }

    [Fact]
    public void Monitoring_IsWorkspaceBasedApplicationInsights()
    {
        Template.Single("Microsoft.OperationalInsights/workspaces");
        var appInsights = Template.Single("Microsoft.Insights/components");
        Assert.Contains("Microsoft.OperationalInsights/workspaces", Str(appInsights.Properties?["WorkspaceResourceId"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_NameHostEndpointIdentityAndVault()
    {
        var outputs = Template.Root["outputs"]?.AsObject() ?? [];
        foreach (var name in new[] { "webAppHostName", "webAppName", "botEndpoint", "identityClientId", "keyVaultName" })
        {
            Assert.True(outputs.ContainsKey(name), $"Output {name} missing.");
        }

        Assert.All(outputs, o => Assert.False(
            Str(o.Value?["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"Output {o.Key} is secure."));
    }

    [Fact]
    public void ApiVersions_AreNotPreviews()
    {
        Assert.All(Template.Resources(), r =>
        {
            Assert.False(string.IsNullOrEmpty(r.ApiVersion) && r.Type != "Microsoft.Resources/deployments", $"{r.Type} has no apiVersion.");
            // Resource-scoped diagnostic settings have no GA API version (2016-09-01 is the subscription-level kind).
            if (r.Type != "Microsoft.Insights/diagnosticSettings")
            {
                Assert.DoesNotContain("preview", r.ApiVersion, StringComparison.OrdinalIgnoreCase);
            }
        });
        Assert.All(Template.OfType("Microsoft.Insights/diagnosticSettings"), r => Assert.Equal("2021-05-01-preview", r.ApiVersion));
    }

    [Fact]
    public void WebApp_AllowsNoBasicAuthPublishing_NeitherFtpNorScm()
    {
        var policies = Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        foreach (var kind in new[] { "ftp", "scm" })
        {
            var policy = Assert.Single(policies, p => Str(p.Node["name"]).EndsWith($"'{kind}')]", StringComparison.Ordinal));
            Assert.Equal(false, policy.Properties?["allow"]?.GetValue<bool>());
            Assert.Empty(policy.Conditions);
        }
    }

    [Theory]
    [InlineData("webApp", "Microsoft.Web/sites")]
    [InlineData("keyVault", "Microsoft.KeyVault/vaults")]
    public void DiagnosticSettings_SendAllLogsAndMetrics_ToTheLogAnalyticsWorkspace(string module, string scopedType)
    {
        var setting = Assert.Single(Template.OfType("Microsoft.Insights/diagnosticSettings"),
            d => Str(d.Node["scope"]).StartsWith($"[resourceId('{scopedType}'", StringComparison.Ordinal));

        Assert.Empty(setting.Conditions);
        Assert.Equal("[parameters('workspaceId')]", Str(setting.Properties?["workspaceId"]));
        var logs = Assert.Single(setting.Properties?["logs"]?.AsArray() ?? []);
        Assert.Equal("allLogs", Str(logs?["categoryGroup"]));
        Assert.True(Bool(logs?["enabled"]), "logs enabled");
        var metrics = Assert.Single(setting.Properties?["metrics"]?.AsArray() ?? []);
        Assert.Equal("AllMetrics", Str(metrics?["category"]));
        Assert.True(Bool(metrics?["enabled"]), "metrics enabled");

        // The module gets the workspace that monitoring.bicep creates.
        Assert.Equal(
            "[reference('monitoring').outputs.workspaceId.value]",
            Str(Template.Module(module).Properties?["parameters"]?["workspaceId"]?["value"]));
        var monitoring = Template.Module("monitoring").Properties?["template"]?["outputs"]?["workspaceId"]?["value"];
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspaceName'))]", Str(monitoring));
    }

    [Fact]
    public void ApplicationInsights_RefusesLocalAuth_AndTheBotsIdentityMayPublishTelemetry()
    {
        var appInsights = Template.Single("Microsoft.Insights/components");
        Assert.True(Bool(appInsights.Properties?["DisableLocalAuth"]), "DisableLocalAuth");

        var publisher = Assert.Single(Template.OfType("Microsoft.Authorization/roleAssignments"),
            r => Str(r.Node["scope"]).StartsWith("[resourceId('Microsoft.Insights/components'", StringComparison.Ordinal));
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('monitoringMetricsPublisherRoleId'))]",
            Str(publisher.Properties?["roleDefinitionId"]));
        Assert.Equal(MonitoringMetricsPublisherRoleId, publisher.Variable("monitoringMetricsPublisherRoleId"));
        Assert.Equal("ServicePrincipal", Str(publisher.Properties?["principalType"]));
        Assert.Equal("[parameters('publisherPrincipalId')]", Str(publisher.Properties?["principalId"]));
        var principal = Str(Template.Module("monitoring").Properties?["parameters"]?["publisherPrincipalId"]?["value"]);
        Assert.Contains("reference('identity').principalId", principal, StringComparison.Ordinal);

        // The app signs in as that identity (MeetingBot.Telemetry), which it does for MicrosoftAppType UserAssignedMSI.
        AssertSetting(AppSettingsExpression(), "MicrosoftAppType", "'UserAssignedMSI'");
    }

    private string AppSettingsExpression() => TemplateAssertions.AppSettingsExpression(Template);
}
