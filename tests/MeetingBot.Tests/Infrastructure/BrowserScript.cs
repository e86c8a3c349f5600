using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Deployment;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// Runs a script of <c>tests/browser</c> with node, driving Debian's chromium through playwright-core, and returns the
/// JSON line it prints. Missing node, chromium or the script's packages fail the test with what to install: CI
/// (<c>.ci/run</c>) installs them, so a skip would only hide a broken CI.
/// </summary>
internal static class BrowserScript
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<JsonObject> RunAsync(string script, JsonObject input, TimeSpan timeout)
    {
        var folder = RepoPaths.Full("tests/browser");
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does.");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")),
            $"playwright-core is missing: run `npm ci` in {folder}, as .ci/run does.");
        input["chromium"] = ChromiumPath;

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(input.ToJsonString());
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail($"node could not be started ({error.Message}): install Node.js 20 or later, as CI has.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{script} did not finish within {timeout}. stderr: {await errors}");
            }

            var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
            try
            {
                return JsonNode.Parse(lastLine ?? string.Empty)!.AsObject();
            }
            catch (JsonException)
            {
                Assert.Fail($"{script} exited {process.ExitCode} without a JSON result. stdout: {await output} stderr: {await errors}");
                throw;
            }
        }
    }
}
