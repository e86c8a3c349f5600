using System.Text.RegularExpressions;
using MeetingBot.TeamsPackage;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// azure-pipelines.yml's TeamsPackage stage: it runs the package tool with the app id and host that the
/// infrastructure deployment of the same environment publishes, and the tool accepts the command line it builds.
/// </summary>
public sealed partial class TeamsPackagePipelineTests
{
    private readonly PipelineYaml _pipeline = PipelineYaml.Load(RepoPaths.Full("azure-pipelines.yml"));

    [Fact]
    public void TeamsPackage_RunsThePackageTool_WithTheAppIdAndHost_AndPublishesTheZip()
    {
        var stage = _pipeline.Stage("TeamsPackage");
        var runs = PipelineYaml.StageSteps(stage)
            .Select(s => PipelineYaml.Text(s, "script"))
            .OfType<string>()
            .Where(s => s.StartsWith("dotnet run --project src/MeetingBot.TeamsPackage -- ", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, run =>
        {
            Assert.Contains("--app-id \"$(microsoftAppId)\"", run, StringComparison.Ordinal);
            Assert.Contains("--bot-host \"$(botHost)\"", run, StringComparison.Ordinal);
            Assert.Contains("--output artifacts/meetingbot-teams.zip", run, StringComparison.Ordinal);
        });
        Assert.Contains(PipelineYaml.StageSteps(stage), s => PipelineYaml.Text(s, "publish") == "artifacts/meetingbot-teams.zip");
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("production")]
    public void TeamsPackage_TakesTheAppIdAndHost_FromTheInfrastructureDeploymentsOutputVariables(string environment)
    {
        var infraJob = $"Infra_{environment}";
        var infraStep = Assert.Single(PipelineYaml.Steps(_pipeline.Job("Deploy_Infrastructure", infraJob)),
            s => PipelineYaml.Text(s, "task") == "AzureCLI@2");
        var script = PipelineYaml.Input(infraStep, "inlineScript") ?? "";
        var packageJob = _pipeline.Job("TeamsPackage", $"TeamsPackage_{environment}");

        foreach (var (variable, bicepOutput) in new[] { ("microsoftAppId", "identityClientId"), ("botHost", "webAppHostName") })
        {
            // The deployment step publishes the Bicep output as an output variable …
            Assert.Contains(
                $"##vso[task.setvariable variable={variable};isOutput=true]$(jq -r .{bicepOutput}.value \"$outputs\")",
                script, StringComparison.Ordinal);
            // … and the package job of the same environment reads exactly that one.
            Assert.Equal(
                $"$[ stageDependencies.Deploy_Infrastructure.{infraJob}.outputs['{infraJob}.{PipelineYaml.Text(infraStep, "name")}.{variable}'] ]",
                PipelineYaml.Variable(packageJob, variable));
        }

        Assert.Contains("--query properties.outputs --output json > \"$(Agent.TempDirectory)/outputs.json\"", script, StringComparison.Ordinal);
        Assert.Contains("outputs=\"$(Agent.TempDirectory)/outputs.json\"", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("production")]
    public void TeamsPackage_CommandLine_IsAcceptedByTheTool_WithTheVersionFromTheBuild_AndTheTrueConfHost(string environment)
    {
        var step = Assert.Single(PipelineYaml.Steps(_pipeline.Job("TeamsPackage", $"TeamsPackage_{environment}")),
            s => PipelineYaml.Text(s, "script")?.StartsWith("dotnet run --project src/MeetingBot.TeamsPackage -- ", StringComparison.Ordinal) == true);
        var env = (YamlMappingNode)PipelineYaml.Child(step, "env")!;
        Assert.Equal("$(TrueConfServerUrl)", PipelineYaml.Text(env, "TrueConf__ServerUrl"));
        Assert.Matches(@"^[1-9][0-9]*\.(0|[1-9][0-9]*)$", _pipeline.TopLevelVariable("teamsAppVersionPrefix"));

        // What the agent runs for build 4711, parsed by the tool itself (which checks MAJOR.MINOR.PATCH).
        var macros = new Dictionary<string, string>
        {
            ["microsoftAppId"] = "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60",
            ["botHost"] = "app-meetingbot-staging-abc.azurewebsites.net",
            ["teamsAppVersionPrefix"] = _pipeline.TopLevelVariable("teamsAppVersionPrefix"),
            ["Build.BuildId"] = "4711",
        };
        var request = PackageRequest(PipelineYaml.Text(step, "script")!, macros,
            name => name == "TrueConf__ServerUrl" ? "https://video.example.com" : null);

        Assert.Equal(Guid.Parse(macros["microsoftAppId"]), request.Settings.AppId);
        Assert.Equal(macros["botHost"], request.Settings.BotHost);
        Assert.Equal($"{_pipeline.TopLevelVariable("teamsAppVersionPrefix")}.4711", request.Settings.Version);
        Assert.Equal("video.example.com", request.Settings.TrueConfHost);

        // Every later build uploads a higher version.
        macros["Build.BuildId"] = "4712";
        var next = PackageRequest(PipelineYaml.Text(step, "script")!, macros, _ => null);
        Assert.True(Version.Parse(next.Settings.Version) > Version.Parse(request.Settings.Version));
    }

    /// <summary>
    /// The tool's request for <paramref name="script"/> (`dotnet run --project … -- args`) once the agent has
    /// expanded the <c>$(…)</c> macros to <paramref name="macros"/> and the shell has removed the quotes.
    /// </summary>
    private static BuildPackageRequest PackageRequest(
        string script, IReadOnlyDictionary<string, string> macros, Func<string, string?> environment)
    {
        var expanded = Regex.Replace(script, @"\$\((?<name>[\w.]+)\)", m => macros[m.Groups["name"].Value]);
        var toolArguments = expanded[(expanded.IndexOf(" -- ", StringComparison.Ordinal) + 4)..];
        var arguments = ShellWord().Matches(toolArguments).Select(m => m.Value.Trim('"')).ToList();
        return Assert.IsType<BuildPackageRequest>(PackageCommandLine.Parse(arguments, environment));
    }

    [GeneratedRegex(@"""[^""]*""|[^\s""]+")]
    private static partial Regex ShellWord();
}
