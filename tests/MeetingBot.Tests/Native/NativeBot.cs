using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Native;

/// <summary>The native bot as its own process, configured through environment variables as App Service does.</summary>
public sealed class NativeBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _http;

    private NativeBot(Process process, int port)
    {
        _process = process;
        BaseUrl = $"http://127.0.0.1:{port}";
        _http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(20) };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public string Output => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the executable by its absolute path from <paramref name="workingDirectory"/> (a fresh empty folder
    /// when not given), never from its own folder: a systemd unit or a container rarely starts it there either.
    /// </summary>
    public static NativeBot Start(NativeBuild build, IReadOnlyDictionary<string, string> settings, string? workingDirectory = null)
    {
        var port = FreePort();
        workingDirectory ??= Directory.CreateTempSubdirectory("meetingbot-cwd-").FullName;
        var start = new ProcessStartInfo(build.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__SqlitePath"] = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return new NativeBot(Process.Start(start)!, port);
    }

    /// <summary>Waits until the bot answers on its port, failing with its output if it exits first.</summary>
    public async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The native bot exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await _http.GetAsync("/healthz");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"The native bot did not listen within 20 s:\n{Output}");
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? bearerToken = null) => PostAsync(activity.ToJsonString(), bearerToken);

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    /// <summary>Waits (bounded) for the process to exit by itself; the exit code, or null when it kept running.</summary>
    public async Task<int?> ExitCodeWithinAsync(TimeSpan wait)
    {
        using var deadline = new CancellationTokenSource(wait);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
