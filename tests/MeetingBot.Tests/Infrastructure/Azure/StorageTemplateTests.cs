using System.Net;
using StackExchange.Redis;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// infra/main.bicep tells the truth about the bot's state: without Redis one instance with SQLite on its local disk;
/// with Redis (Azure Managed Redis) the app's store is Redis, its connection string a Key Vault reference; more than
/// one instance only with Redis. The compiled template's expressions are evaluated as ARM would (<see cref="ArmExpression"/>).
/// </summary>
public sealed class StorageTemplateTests(CompiledTemplateFixture fixture) : IClassFixture<CompiledTemplateFixture>
{
    private static readonly Dictionary<string, object?> TrueConf = new()
    {
        ["trueConfServerUrl"] = "https://video.example.com",
        ["trueConfClientId"] = "meetingbot",
        ["trueConfClientSecret"] = "placeholder",
    };

    private ArmTemplate Template => fixture.Template;

    [Fact]
    public void Without_Redis_the_app_keeps_SQLite_on_the_instances_local_disk()
    {
        var settings = AppSettings(TrueConf);

        Assert.Equal("Sqlite", settings["Storage__Provider"]);
        var path = settings["Storage__SqlitePath"];
        Assert.StartsWith("/", path, StringComparison.Ordinal);
        // /home is App Service's shared network storage, where SQLite's file locking is not safe.
        Assert.False(path.StartsWith("/home/", StringComparison.Ordinal), $"The SQLite file is on the /home share: {path}");
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("Storage__Redis__", StringComparison.Ordinal));
        Assert.DoesNotContain("Redis__ConnectionString", settings.Keys);
    }

    [Fact]
    public void With_Redis_the_app_keeps_its_state_in_Redis_reached_through_a_Key_Vault_reference()
    {
        var settings = AppSettings(new Dictionary<string, object?>(TrueConf) { ["deployRedis"] = true });

        Assert.Equal("Redis", settings["Storage__Provider"]);
        Assert.StartsWith("@Microsoft.KeyVault(SecretUri=", settings["Storage__Redis__ConnectionString"], StringComparison.Ordinal);
        Assert.DoesNotContain("Storage__SqlitePath", settings.Keys);
        Assert.DoesNotContain("Redis__ConnectionString", settings.Keys);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(10, true)]
    public void The_instance_count_is_deployed_as_asked_when_the_store_allows_it(int instances, bool redis)
    {
        var parameters = new Dictionary<string, object?>(TrueConf) { ["appServiceInstanceCount"] = instances, ["deployRedis"] = redis };

        Assert.Equal((long)instances, Convert.ToInt64(InstanceCount(parameters), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(30)]
    public void More_than_one_instance_without_Redis_is_refused_naming_the_parameter(int instances)
    {
        var parameters = new Dictionary<string, object?>(TrueConf) { ["appServiceInstanceCount"] = instances };

        var failure = Assert.Throws<ArmDeploymentFailedException>(() => InstanceCount(parameters));

        Assert.Equal(
            $"appServiceInstanceCount {instances} needs deployRedis=true: more than one instance shares its state only through Redis.",
            failure.Message);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public async Task The_bicep_CLI_takes_a_parameters_file_asking_for_several_instances_with_Redis(int instances, bool accepted)
    {
        var dir = Directory.CreateTempSubdirectory("bicep-params-");
        try
        {
            // A .bicepparam file must name its template by a relative path.
            var template = Path.GetRelativePath(dir.FullName, RepoPaths.Full("infra/main.bicep")).Replace('\\', '/');
            var file = Path.Combine(dir.FullName, "instances.bicepparam");
            await File.WriteAllTextAsync(file, $"""
                using '{template}'

                param environmentName = 'staging'
                param trueConfServerUrl = 'https://video.example.com'
                param trueConfClientId = 'meetingbot'
                param trueConfClientSecret = readEnvironmentVariable('NO_SUCH_VARIABLE', 'placeholder')
                param appServiceInstanceCount = {instances}
                param deployRedis = true

                """);

            var run = await BicepCli.BuildParamsAsync(file, Path.Combine(dir.FullName, "instances.json"));

            if (accepted)
            {
                Assert.True(run.ExitCode == 0 && run.Problems.Count == 0, run.Describe());
            }
            else
            {
                Assert.NotEqual(0, run.ExitCode);
                var error = Assert.Single(run.Problems);
                Assert.Equal(("error", 7), (error.Level, error.Line));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_web_app_and_its_plan_run_the_checked_instance_count_without_autoscale()
    {
        var module = Template.Module("webApp");
        Assert.Equal("[variables('instanceCount')]", ArmTemplate.Text(module.Properties?["parameters"]?["instanceCount"]?["value"]));

        var plan = Template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("[parameters('instanceCount')]", ArmTemplate.Text(plan.Node["sku"]?["capacity"]));
        Assert.Equal(false, plan.Properties?["elasticScaleEnabled"]?.GetValue<bool>());
        Assert.Empty(Template.OfType("Microsoft.Insights/autoscalesettings"));
    }

    [Fact]
    public void Redis_is_Azure_Managed_Redis_deployed_only_when_asked()
    {
        Assert.Equal("[parameters('deployRedis')]", Assert.Single(Template.Module("redis").Conditions));
        Assert.Equal(false, Template.Root["parameters"]?["deployRedis"]?["defaultValue"]?.GetValue<bool>());

        // The classic Azure Cache for Redis (Microsoft.Cache/redis) is being retired; Azure Managed Redis is its successor.
        var cacheTypes = Template.Resources()
            .Where(r => r.Type.StartsWith("Microsoft.Cache/", StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Type)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["Microsoft.Cache/redisEnterprise", "Microsoft.Cache/redisEnterprise/databases"], cacheTypes);
        Assert.All(
            Template.Resources().Where(r => r.Type.StartsWith("Microsoft.Cache/", StringComparison.OrdinalIgnoreCase)
                || ArmTemplate.Text(r.Node["name"]).Contains("redis-connection-string", StringComparison.Ordinal)),
            r => Assert.Contains("[parameters('deployRedis')]", r.Conditions));
    }

    [Fact]
    public void Redis_takes_TLS_only_keeps_its_data_and_never_evicts_the_bots_state()
    {
        var cluster = Template.Single("Microsoft.Cache/redisEnterprise");
        Assert.Equal("1.2", ArmTemplate.Text(cluster.Properties?["minimumTlsVersion"]));
        Assert.Equal("Enabled", ArmTemplate.Text(cluster.Properties?["highAvailability"]));

        var database = Template.Single("Microsoft.Cache/redisEnterprise/databases");
        var properties = database.Properties;
        Assert.Equal("Encrypted", ArmTemplate.Text(properties?["clientProtocol"]));
        Assert.Equal("NoEviction", ArmTemplate.Text(properties?["evictionPolicy"]));
        Assert.Equal("Enabled", ArmTemplate.Text(properties?["accessKeysAuthentication"]));
        Assert.True(properties?["persistence"]?["aofEnabled"]?.GetValue<bool>(), "AOF persistence");
        Assert.Equal(10000, properties?["port"]?.GetValue<int>());
    }

    [Fact]
    public void The_Key_Vault_secret_is_a_connection_string_StackExchange_Redis_reads_as_TLS_to_the_database()
    {
        var secret = Assert.Single(Template.OfType("Microsoft.KeyVault/vaults/secrets"),
            s => ArmTemplate.Text(s.Node["name"]).Contains("'redis-connection-string'", StringComparison.Ordinal));
        var expression = secret.Properties?["value"];
        var raw = ArmTemplate.Text(expression);
        Assert.Contains("reference(resourceId('Microsoft.Cache/redisEnterprise', parameters('name')), '2025-07-01').hostName", raw, StringComparison.Ordinal);
        Assert.Contains("reference(resourceId('Microsoft.Cache/redisEnterprise/databases', parameters('name'), 'default'), '2025-07-01').port", raw, StringComparison.Ordinal);
        Assert.Contains("listKeys(resourceId('Microsoft.Cache/redisEnterprise/databases', parameters('name'), 'default'), '2025-07-01').primaryKey", raw, StringComparison.Ordinal);

        var value = (string)new ArmExpression(secret.DeclaringTemplate, new Dictionary<string, object?>()).Evaluate(expression)!;
        // What ARM makes of it once the cluster exists: its host, the database's port, the key.
        var parts = value.Split(ArmExpression.ReferencePlaceholder);
        Assert.Equal(4, parts.Length);
        var deployed = string.Concat(parts[0], "meetingbot.westeurope.redis.azure.net", parts[1], "10000", parts[2], "the-access-key", parts[3]);

        var options = ConfigurationOptions.Parse(deployed);
        var endpoint = Assert.IsType<DnsEndPoint>(Assert.Single(options.EndPoints));
        Assert.Equal(("meetingbot.westeurope.redis.azure.net", 10000), (endpoint.Host, endpoint.Port));
        Assert.Equal("the-access-key", options.Password);
        Assert.True(options.Ssl, "ssl");
        Assert.False(options.AbortOnConnectFail, "abortConnect");
    }

    private Dictionary<string, string> AppSettings(IReadOnlyDictionary<string, object?> parameters)
    {
        var expression = Template.Module("webApp").Properties?["parameters"]?["appSettings"]?["value"];
        var settings = (List<object?>)new ArmExpression(Template.Root, parameters).Evaluate(expression)!;
        return settings.Cast<Dictionary<string, object?>>().ToDictionary(s => (string)s["name"]!, s => (string)s["value"]!);
    }

    private object? InstanceCount(IReadOnlyDictionary<string, object?> parameters) =>
        new ArmExpression(Template.Root, parameters).Evaluate(Template.Module("webApp").Properties?["parameters"]?["instanceCount"]?["value"]);
}
