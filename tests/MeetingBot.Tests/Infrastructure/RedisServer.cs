using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> (Debian's; <c>.ci/run</c> installs it) on a free loopback port, without persistence.
/// <see cref="Shared"/> is one server for every test that only needs a Redis (each keeps its own key prefix);
/// a test that stops or restarts Redis starts its own.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly Lazy<Task<RedisServer>> SharedServer = new(() => StartAsync());
    private Process _process;

    private RedisServer(int port, Process process)
    {
        Port = port;
        _process = process;
    }

    /// <summary>The one server of the test run, stopped when the test process exits.</summary>
    public static Task<RedisServer> Shared => SharedServer.Value;

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>A key prefix no other test uses.</summary>
    public static string NewPrefix() => "test-" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort();
        var server = new RedisServer(port, await LaunchAsync(port));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Kill();
        return server;
    }

    /// <summary>Kills the server (no shutdown save, as a crash or a network cut would look to the bot).</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // Not running.
        }
    }

    /// <summary>Starts the server again on the same port, empty.</summary>
    public async Task RestartAsync()
    {
        Kill();
        _process = await LaunchAsync(Port);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<Process> LaunchAsync(int port)
    {
        var executable = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : FindOnPath("redis-server")
            ?? throw new InvalidOperationException("redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it).");

        // The test host may be ended without a process exit (vstest stops it once the run is over), so the server
        // watches the host itself and stops with it instead of outliving the run.
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList =
            {
                "-c",
                "\"$0\" \"$@\" & server=$!; while kill -0 " + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                " 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done; kill $server 2>/dev/null",
                executable, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "no",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await AnswersPingAsync(port))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not come up on port {port}.");
            }

            await Task.Delay(50);
        }

        return process;
    }

    private static async Task<bool> AnswersPingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception error) when (error is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
