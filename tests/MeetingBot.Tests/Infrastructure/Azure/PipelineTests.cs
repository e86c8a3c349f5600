using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Tests.Deployment;

/// <summary>
/// azure-pipelines.yml: stages, the README's test command, the deployments, and the paths it names; its Teams package
/// stage: <see cref="TeamsPackagePipelineTests"/>.
/// </summary>
public sealed partial class PipelineTests
{
    // The Teams package needs the app id and host that only the infrastructure deployment creates: it comes after it.
    private static readonly string[] ExpectedStages = ["Build_Test", "Publish", "Deploy_Infrastructure", "TeamsPackage", "Deploy_App"];

    // Paths the pipeline must reference, and which must exist in the repository.
    private static readonly string[] RequiredReferences =
        ["MeetingBot.sln", "infra/main.bicep", "infra/main.parameters.json", "src/MeetingBot", "src/MeetingBot.TeamsPackage"];

    private readonly PipelineYaml _pipeline = PipelineYaml.Load(RepoPaths.Full("azure-pipelines.yml"));

    [Fact]
    public void Stages_AreInOrder_AndDependOnlyOnEarlierStages()
    {
        var stages = _pipeline.Stages();
        Assert.Equal(ExpectedStages, stages.Select(s => PipelineYaml.Text(s, "stage")));

        for (var i = 0; i < stages.Count; i++)
        {
            var earlier = ExpectedStages.Take(i).ToHashSet();
            var dependsOn = PipelineYaml.DependsOn(stages[i]);
            Assert.All(dependsOn, d => Assert.Contains(d, earlier));
            if (i > 0)
            {
                Assert.NotEmpty(dependsOn); // no stage runs before the one it needs (an explicit list, not implicit order)
            }
        }

        Assert.Equal(["Build_Test"], PipelineYaml.DependsOn(_pipeline.Stage("Publish")));
        Assert.Equal(["Publish"], PipelineYaml.DependsOn(_pipeline.Stage("Deploy_Infrastructure")));
        Assert.Equal(["Deploy_Infrastructure"], PipelineYaml.DependsOn(_pipeline.Stage("TeamsPackage")));
        // stageDependencies can only name direct dependencies: Deploy_App reads the web app name from the infrastructure.
        Assert.Superset(
            new HashSet<string> { "Publish", "Deploy_Infrastructure", "TeamsPackage" },
            PipelineYaml.DependsOn(_pipeline.Stage("Deploy_App")).ToHashSet());
    }

    [Fact]
    public void BuildTest_RunsTheReadmeTestCommand_OnDotNet10_AndPublishesResults()
    {
        var stage = _pipeline.Stage("Build_Test");
        var scripts = PipelineYaml.StageSteps(stage).Select(s => PipelineYaml.Text(s, "script")?.Trim()).OfType<string>().ToList();
        var testScripts = scripts.Where(s => s.StartsWith("dotnet test", StringComparison.Ordinal)).ToList();

        Assert.Equal(ReadmeTestCommand(), Assert.Single(testScripts));

        var useDotNet = Assert.Single(PipelineYaml.Tasks(stage, "UseDotNet@2"));
        Assert.Equal("10.x", ResolveVariable(PipelineYaml.Input(useDotNet, "version")));

        var publish = Assert.Single(PipelineYaml.Tasks(stage, "PublishTestResults@2"));
        Assert.Equal("succeededOrFailed()", PipelineYaml.Text(publish, "condition"));
        Assert.Equal("VSTest", PipelineYaml.Input(publish, "testResultsFormat"));
    }

    [Fact]
    public void Publish_PublishesSrcMeetingBotInRelease_AsAZipArtifact()
    {
        var stage = _pipeline.Stage("Publish");
        var publish = Assert.Single(PipelineYaml.StageSteps(stage),
            s => PipelineYaml.Text(s, "script")?.StartsWith("dotnet publish src/MeetingBot/", StringComparison.Ordinal) == true);
        Assert.Contains("--configuration $(buildConfiguration)", PipelineYaml.Text(publish, "script"), StringComparison.Ordinal);
        Assert.Contains("--runtime linux-x64", PipelineYaml.Text(publish, "script"), StringComparison.Ordinal);
        Assert.Equal("Release", _pipeline.TopLevelVariable("buildConfiguration"));
        Assert.Contains(PipelineYaml.StageSteps(stage), s => PipelineYaml.Text(s, "script")?.Contains("apt-get install -y -qq clang zlib1g-dev", StringComparison.Ordinal) == true);

        var zip = Assert.Single(PipelineYaml.Tasks(stage, "ArchiveFiles@2"));
        Assert.Equal("zip", PipelineYaml.Input(zip, "archiveType"));
        Assert.Contains(PipelineYaml.StageSteps(stage), s => PipelineYaml.Text(s, "artifact") == "app");
    }

    [Theory]
    [InlineData("conferencingProvider", "ConferencingProvider")]
    [InlineData("trueConfServerUrl", "TrueConfServerUrl")]
    [InlineData("trueConfClientId", "TrueConfClientId")]
    [InlineData("moodHoodApiBaseUrl", "MoodHoodApiBaseUrl")]
    [InlineData("moodHoodWebBaseUrl", "MoodHoodWebBaseUrl")]
    [InlineData("moodHoodSpaceId", "MoodHoodSpaceId")]
    [InlineData("moodHoodRoomType", "MoodHoodRoomType")]
    [InlineData("deployRedis", "DeployRedis")]
    [InlineData("redisSku", "RedisSku")]
    [InlineData("appServiceInstanceCount", "AppServiceInstanceCount")]
    public void DeployInfrastructure_PassesEachOptionalValue_ToItsBicepParameter_OnlyWhenTheVariableIsSet(string parameter, string variable)
    {
        var steps = PipelineYaml.Tasks(_pipeline.Stage("Deploy_Infrastructure"), "AzureCLI@2").ToList();

        Assert.Equal(2, steps.Count);
        Assert.All(steps, step =>
        {
            // A group holds one backend's variables (and the storage choice only when it departs from the default): the
            // unset ones must not reach the template.
            var script = PipelineYaml.Input(step, "inlineScript") ?? "";
            var match = Regex.Match(script, $@"if given ""\$\{{(?<var>[A-Z_]+):-\}}""; then extra\+=\({parameter}=""\$\k<var>""\); fi");
            Assert.True(match.Success, $"{parameter} is not passed from a set environment variable.");
            var env = Assert.IsType<YamlMappingNode>(PipelineYaml.Child(step, "env"));
            Assert.Equal($"$({variable})", PipelineYaml.Text(env, match.Groups["var"].Value));
            Assert.Contains("\"${extra[@]}\"", script, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("Deploy_Infrastructure")]
    [InlineData("Deploy_App")]
    public void DeployStages_UseDeploymentJobs_ForStagingThenProduction(string stageName)
    {
        var jobs = PipelineYaml.Jobs(_pipeline.Stage(stageName)).ToList();

        Assert.All(jobs, job => Assert.True(PipelineYaml.IsDeployment(job), $"{PipelineYaml.JobName(job)} is not a deployment job."));
        Assert.Equal(["staging", "production"], jobs.Select(PipelineYaml.Environment));

        var staging = PipelineYaml.JobName(jobs[0]);
        Assert.Contains(staging, PipelineYaml.DependsOn(jobs[1]));
    }

    [Fact]
    public void DeployInfrastructure_RunsAzDeploymentGroupCreate_WithTheBicepAndParametersFiles_AndSecretsFromVariables()
    {
        var steps = PipelineYaml.Tasks(_pipeline.Stage("Deploy_Infrastructure"), "AzureCLI@2").ToList();
        Assert.Equal(2, steps.Count); // staging, production

        foreach (var step in steps)
        {
            var script = PipelineYaml.Input(step, "inlineScript") ?? "";
            Assert.Contains("az deployment group create", script, StringComparison.Ordinal);
            Assert.Contains("--template-file infra/main.bicep", script, StringComparison.Ordinal);
            Assert.Contains("--parameters infra/main.parameters.json", script, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(PipelineYaml.Input(step, "azureSubscription")), "azureSubscription");

            // Each secure parameter comes from an environment variable mapped from a secret pipeline variable;
            // no secret macro is expanded into the script text.
            var env = PipelineYaml.Child(step, "env") as YamlMappingNode;
            Assert.NotNull(env);
            foreach (var parameter in SecureBicepParameters())
            {
                var match = Regex.Match(script, $@"\b{parameter}=""\$(?<var>[A-Z_]+)""");
                Assert.True(match.Success, $"Secure parameter {parameter} is not passed from an environment variable.");
                var mapped = PipelineYaml.Text(env, match.Groups["var"].Value);
                Assert.Matches(@"^\$\([A-Za-z]+\)$", mapped ?? "");
                Assert.DoesNotContain(mapped!, script, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void DeployApp_UsesAzureWebAppForLinux_WithThePublishedZip()
    {
        var deploys = PipelineYaml.Tasks(_pipeline.Stage("Deploy_App"), "AzureWebApp@1").ToList();

        Assert.Equal(2, deploys.Count);
        Assert.All(deploys, step =>
        {
            Assert.Equal("webAppLinux", PipelineYaml.Input(step, "appType"));
            Assert.Equal("$(Pipeline.Workspace)/app/meetingbot.zip", PipelineYaml.Input(step, "package"));
            Assert.False(string.IsNullOrEmpty(PipelineYaml.Input(step, "appName")), "appName");
        });
    }

    [Fact]
    public void ReferencedPaths_ExistInTheRepository()
    {
        var referenced = _pipeline.AllScalarValues()
            .SelectMany(value => RepoPath().Matches(value).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        foreach (var required in RequiredReferences)
        {
            Assert.Contains(referenced, r => r == required || r.StartsWith(required + "/", StringComparison.Ordinal));
        }

        var missing = referenced
            .Where(path => !File.Exists(RepoPaths.Full(path)) && !Directory.Exists(RepoPaths.Full(path)))
            .ToList();
        Assert.True(missing.Count == 0, "azure-pipelines.yml names paths that do not exist: " + string.Join(", ", missing));
    }

    /// <summary>The test command from README.md's fenced code blocks; the literal when there is no README yet.</summary>
    private static string ReadmeTestCommand()
    {
        var readme = RepoPaths.Full("README.md");
        if (!File.Exists(readme))
        {
            return "dotnet test MeetingBot.sln";
        }

        // The first `dotnet test` line in a fenced block is the README's test command (later ones are variants).
        var command = FencedBlock().Matches(File.ReadAllText(readme))
            .SelectMany(block => block.Groups["body"].Value.Split('\n'))
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("dotnet test", StringComparison.Ordinal));
        Assert.True(command is not null, "README.md has no `dotnet test` command in a fenced code block.");
        return command;
    }

    /// <summary>Names of the @secure() parameters declared in infra/main.bicep.</summary>
    private static IReadOnlyList<string> SecureBicepParameters()
    {
        var names = new List<string>();
        var secure = false;
        foreach (var line in File.ReadLines(RepoPaths.Full("infra/main.bicep")).Select(l => l.Trim()))
        {
            if (line.StartsWith("@secure()", StringComparison.Ordinal))
            {
                secure = true;
            }
            else if (line.StartsWith("param ", StringComparison.Ordinal))
            {
                if (secure)
                {
                    names.Add(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
                }

                secure = false;
            }
            else if (!line.StartsWith('@') && line.Length > 0)
            {
                secure = false;
            }
        }

        Assert.Contains("trueConfClientSecret", names);
        return names;
    }

    private string ResolveVariable(string? value)
    {
        var match = Regex.Match(value ?? "", @"^\$\((?<name>\w+)\)$");
        return match.Success ? _pipeline.TopLevelVariable(match.Groups["name"].Value) : value ?? "";
    }

    [GeneratedRegex(@"(?<![\w$().\-/])(?:(?:infra|src|tests)/[\w.\-/]*[\w]|[\w.\-]+\.sln\b)")]
    private static partial Regex RepoPath();

    [GeneratedRegex(@"^```[^\n]*\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
