using System.Xml.Linq;

namespace MeetingBot.Tests.Deployment;

/// <summary>Every .bicep file under infra/ builds and lints with the real bicep CLI without a single error or warning.</summary>
public sealed class BicepDiagnosticsTests
{
    public static TheoryData<string> BicepFiles() => [.. RepoPaths.BicepFiles()];

    [Fact]
    public void Infra_HasTheMainTemplateAndModules()
    {
        var files = RepoPaths.BicepFiles();
        Assert.Contains("infra/main.bicep", files);
        Assert.Contains(files, f => f.StartsWith("infra/modules/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Build_ReportsNoErrorOrWarning(string bicepFile)
    {
        var outDir = Directory.CreateTempSubdirectory("bicep-build-");
        try
        {
            var outFile = Path.Combine(outDir.FullName, "template.json");
            var run = await BicepCli.BuildAsync(RepoPaths.Full(bicepFile), outFile);

            Assert.True(run.ExitCode == 0 && run.Problems.Count == 0, $"bicep build {bicepFile}: {run.Describe()}");
            Assert.True(File.Exists(outFile), $"bicep build {bicepFile} wrote no template.");
        }
        finally
        {
            outDir.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Lint_ReportsNoErrorOrWarning(string bicepFile)
    {
        var run = await BicepCli.LintAsync(RepoPaths.Full(bicepFile));

        Assert.True(run.ExitCode == 0 && run.Problems.Count == 0, $"bicep lint {bicepFile}: {run.Describe()}");
    }

    // The two harness tests prove that a warning or an error would be seen: without them a CLI that printed
    // nothing parseable would make the tests above pass vacuously.
    [Fact]
    public async Task Harness_SeesALinterWarning()
    {
        var dir = Directory.CreateTempSubdirectory("bicep-harness-");
        try
        {
            var file = Path.Combine(dir.FullName, "unused.bicep");
            await File.WriteAllTextAsync(file, "param unused string\n");

            var lint = await BicepCli.LintAsync(file);
            var build = await BicepCli.BuildAsync(file, Path.Combine(dir.FullName, "unused.json"));

            Assert.Contains(lint.Problems, d => d is { RuleId: "no-unused-params", Level: "warning", Line: 1 });
            Assert.Contains(build.Problems, d => d.RuleId == "no-unused-params");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Harness_SeesACompilerError()
    {
        var dir = Directory.CreateTempSubdirectory("bicep-harness-");
        try
        {
            var file = Path.Combine(dir.FullName, "broken.bicep");
            await File.WriteAllTextAsync(file, "param count int = 'three'\noutput count int = count\n");

            var build = await BicepCli.BuildAsync(file, Path.Combine(dir.FullName, "broken.json"));

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains(build.Problems, d => d.Level == "error");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task BicepCli_IsTheVersionPinnedCentrally()
    {
        var props = XDocument.Load(RepoPaths.Full("Directory.Packages.props"));
        var pinned = props.Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == "Azure.Bicep.CommandLine.linux-x64")
            .Attribute("Version")?.Value;

        var version = await BicepCli.VersionAsync();

        Assert.Equal(BicepCli.PackageVersion, pinned);
        Assert.Contains($"Bicep CLI version {pinned} ", version, StringComparison.Ordinal);
    }
}
