using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Deployment;

/// <summary>One diagnostic the bicep CLI reported (from its SARIF output).</summary>
internal sealed record BicepDiagnostic(string Level, string RuleId, string Message, string File, int Line)
{
    public override string ToString() => $"{File}({Line}): {Level} {RuleId}: {Message}";
}

/// <summary>Result of one bicep CLI run.</summary>
internal sealed record BicepRun(int ExitCode, IReadOnlyList<BicepDiagnostic> Diagnostics, string StdOut, string StdErr)
{
    /// <summary>Errors and warnings; SARIF "note" (bicep's Info level) does not count.</summary>
    public IReadOnlyList<BicepDiagnostic> Problems =>
        Diagnostics.Where(d => d.Level is "error" or "warning").ToList();

    public string Describe() =>
        $"exit code {ExitCode}; diagnostics:{Environment.NewLine}  " +
        string.Join(Environment.NewLine + "  ", Diagnostics) +
        (ExitCode != 0 ? $"{Environment.NewLine}stderr: {StdErr}" : "");
}

/// <summary>
/// Runs the real bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (pinned in
/// Directory.Packages.props, only downloaded by the test project). The binary is found, in this order, at:
/// the BICEP_CLI_PATH environment variable; the path the build wrote into the test assembly
/// (AssemblyMetadata "BicepCliPath", from the package's GeneratePathProperty); the NuGet global packages folder.
/// </summary>
internal static class BicepCli
{
    public const string PackageId = "azure.bicep.commandline.linux-x64";
    public const string PackageVersion = "0.49.2";

    private static readonly Lazy<string> LazyPath = new(Locate);

    public static string ExecutablePath => LazyPath.Value;

    public static Task<BicepRun> BuildAsync(string bicepFile, string outFile) =>
        RunAsync(["build", bicepFile, "--outfile", outFile, "--diagnostics-format", "sarif"]);

    /// <summary>Compiles a .bicepparam file, checking its values against the template's parameter constraints.</summary>
    public static Task<BicepRun> BuildParamsAsync(string bicepParamFile, string outFile) =>
        RunAsync(["build-params", bicepParamFile, "--outfile", outFile, "--diagnostics-format", "sarif"]);

    public static Task<BicepRun> LintAsync(string bicepFile) =>
        RunAsync(["lint", bicepFile, "--diagnostics-format", "sarif"]);

    public static async Task<string> VersionAsync()
    {
        var run = await RunAsync(["--version"]);
        return run.StdOut.Trim();
    }

    public static async Task<BicepRun> RunAsync(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within 2 minutes.");
        }

        var output = await stdout;
        var error = await stderr;
        // `lint` writes SARIF to stdout; `build --outfile` writes it to stderr.
        var diagnostics = ParseSarif(output).Concat(ParseSarif(error)).ToList();
        return new BicepRun(process.ExitCode, diagnostics, output, error);
    }

    /// <summary>Reads the results of a SARIF 2.1 log; text that is not SARIF yields nothing.</summary>
    public static IEnumerable<BicepDiagnostic> ParseSarif(string text)
    {
        var start = text.IndexOf('{');
        if (start < 0 || !text.Contains("\"runs\"", StringComparison.Ordinal))
        {
            yield break;
        }

        var root = JsonNode.Parse(text[start..]);
        foreach (var run in root?["runs"]?.AsArray() ?? [])
        {
            foreach (var result in run?["results"]?.AsArray() ?? [])
            {
                var location = result?["locations"]?[0]?["physicalLocation"];
                yield return new BicepDiagnostic(
                    // SARIF: a result without "level" is a warning.
                    Level: result?["level"]?.GetValue<string>() ?? "warning",
                    RuleId: result?["ruleId"]?.GetValue<string>() ?? "",
                    Message: result?["message"]?["text"]?.GetValue<string>() ?? "",
                    File: location?["artifactLocation"]?["uri"]?.GetValue<string>() ?? "",
                    Line: location?["region"]?["startLine"]?.GetValue<int>() ?? 0);
            }
        }
    }

    private static string Locate()
    {
        var candidates = new List<string?>
        {
            Environment.GetEnvironmentVariable("BICEP_CLI_PATH"),
            typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "BicepCliPath")?.Value,
            Path.Combine(NuGetPackagesFolder(), PackageId, PackageVersion, "tools", "bicep"),
        };

        var path = candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c) && File.Exists(c))
            ?? throw new FileNotFoundException(
                $"bicep CLI not found (looked at: {string.Join(", ", candidates.Where(c => c is not null))}). " +
                "Run `dotnet restore` so NuGet fetches Azure.Bicep.CommandLine.linux-x64, or set BICEP_CLI_PATH.");

        // NuGet does not always keep the executable bit when it extracts a package.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute;
            if ((mode & execute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }

    private static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
