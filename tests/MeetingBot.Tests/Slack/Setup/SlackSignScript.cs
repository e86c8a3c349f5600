using System.Diagnostics;
using MeetingBot.Tests.Deployment;

namespace MeetingBot.Tests.Slack.Setup;

/// <summary>Runs tools/slack-sign.sh (bash + openssl), or the curl command it printed, as a reader of the README would.</summary>
internal static class SlackSignScript
{
    public static Task<(int ExitCode, string StdOut, string StdErr)> SignAsync(string? secret, params string[] arguments) =>
        RunAsync("bash", [RepoPaths.Full("tools/slack-sign.sh"), .. arguments], secret, stdin: null);

    /// <summary>Runs the printed command in bash.</summary>
    public static Task<(int ExitCode, string StdOut, string StdErr)> RunPrintedAsync(string command) =>
        RunAsync("bash", ["-s"], secret: null, stdin: command);

    private static async Task<(int, string, string)> RunAsync(string file, IReadOnlyList<string> arguments, string? secret, string? stdin)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SLACK_SIGNING_SECRET");
        if (secret is not null)
        {
            start.Environment["SLACK_SIGNING_SECRET"] = secret;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
