using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MeetingBot.Tests.Deployment;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// <c>dotnet run</c> as a developer uses it: the Development environment from the launch profile, so settings kept
/// in <c>dotnet user-secrets</c> apply, and local mode (the embedded TrueConf simulator) still starts meetings.
/// </summary>
public sealed class DotnetRunTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task Dotnet_run_applies_user_secrets_and_starts_a_meeting_in_local_mode()
    {
        var appData = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"));
        var secrets = Path.Combine(appData, "Microsoft", "UserSecrets", "meetingbot-local");
        Directory.CreateDirectory(secrets);
        await File.WriteAllTextAsync(Path.Combine(secrets, "secrets.json"), """{ "TrueConf:ApiVersion": "v4" }""");
        await using var connector = await FakeBotConnector.StartAsync();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet",
            ["run", "--no-build", "-c", Configuration, "--project", RepoPaths.Full("src/MeetingBot"), "--", "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["APPDATA"] = appData; // where user secrets live when it is set (else ~/.microsoft/usersecrets)
        start.Environment["Storage__SqlitePath"] = Path.Combine(appData, "meetingbot.db");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        var output = new ConcurrentQueue<string>();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            await WaitUntilListeningAsync(process, http, output);

            var activity = TestActivities.ChannelMessage(connector.ServiceUrl, "start meeting with kevin");
            var accepted = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
            var reply = await connector.NextMessageAsync(TimeSpan.FromSeconds(15));

            var log = string.Join('\n', output);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Contains("Hosting environment: Development", log);
            Assert.Contains($"TrueConf Server: http://127.0.0.1:{port}/trueconf (API v4)", log);
            Assert.Contains("Kevin Smith", reply.JsonText);
            Assert.StartsWith($"http://127.0.0.1:{port}/trueconf/", (string?)reply.Card!["actions"]![0]!["url"]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilListeningAsync(Process process, HttpClient http, ConcurrentQueue<string> output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60); // dotnet run evaluates the project before it starts the bot
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"dotnet run exited with {process.ExitCode}:\n{string.Join('\n', output)}");
            }

            try
            {
                using var response = await http.GetAsync("/healthz");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"dotnet run did not listen within 60 s:\n{string.Join('\n', output)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
