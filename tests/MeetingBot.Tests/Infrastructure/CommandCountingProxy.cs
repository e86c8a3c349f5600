using System.Net;
using System.Net.Sockets;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of a redis-server that counts the commands clients send through it (each a RESP array
/// of bulk strings), so a test sees a store operation's round trips on the wire — a script counts once, whatever it
/// calls inside (which the server's own command statistics would count too).
/// </summary>
internal sealed class CommandCountingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _serverPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _connections = [];
    private long _commands;

    public CommandCountingProxy(int serverPort)
    {
        _serverPort = serverPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>The StackExchange.Redis configuration string that goes through the proxy.</summary>
    public string ConnectionString => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Commands sent by every client so far.</summary>
    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>
    /// The round trips each operation takes, run three times after a first call (which connects and sends each script
    /// once in full); the least of three counts, so a heartbeat of the client landing in between is not the operation's.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> RoundTripsAsync(
        IReadOnlyList<(string Name, Func<Task> Run)> operations, Action<string> report)
    {
        foreach (var (_, run) in operations)
        {
            await run();
        }

        var trips = new Dictionary<string, long>();
        foreach (var (name, run) in operations)
        {
            var counts = new List<long>();
            for (var i = 0; i < 3; i++)
            {
                var start = Commands;
                await run();
                counts.Add(Commands - start);
            }

            trips[name] = counts.Min();
            report($"{name}: {trips[name]} round trip(s)");
        }

        return trips;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        lock (_connections)
        {
            _connections.ForEach(connection => connection.Dispose());
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
                var server = new TcpClient();
                await server.ConnectAsync(IPAddress.Loopback, _serverPort, _stopping.Token);
                lock (_connections)
                {
                    _connections.Add(client);
                    _connections.Add(server);
                }

                var counter = new RespCommandCounter(() => Interlocked.Increment(ref _commands));
                _ = PumpAsync(client.GetStream(), server.GetStream(), counter.Read);
                _ = PumpAsync(server.GetStream(), client.GetStream(), _ => { });
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, Action<ReadOnlyMemory<byte>> observe)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stopping.Token)) > 0)
            {
                observe(buffer.AsMemory(0, read));
                await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // A side closed.
        }
    }

    /// <summary>Reads a client's byte stream (split anywhere) and calls back at the start of each command.</summary>
    private sealed class RespCommandCounter(Action command)
    {
        private enum State { ArrayHeader, ArrayLength, BulkHeader, BulkLength, BulkBody }

        private State _state = State.ArrayHeader;
        private long _number;
        private long _bulksLeft;
        private long _bodyLeft;

        public void Read(ReadOnlyMemory<byte> bytes)
        {
            foreach (var b in bytes.Span)
            {
                switch (_state)
                {
                    case State.ArrayHeader when b == '*':
                        command();
                        (_state, _number) = (State.ArrayLength, 0);
                        break;
                    case State.ArrayLength or State.BulkLength when b is >= (byte)'0' and <= (byte)'9':
                        _number = (_number * 10) + (b - '0');
                        break;
                    case State.ArrayLength when b == '\n':
                        _bulksLeft = _number;
                        _state = _bulksLeft > 0 ? State.BulkHeader : State.ArrayHeader;
                        break;
                    case State.BulkHeader when b == '$':
                        (_state, _number) = (State.BulkLength, 0);
                        break;
                    case State.BulkLength when b == '\n':
                        (_state, _bodyLeft) = (State.BulkBody, _number + 2);
                        break;
                    case State.BulkBody:
                        if (--_bodyLeft == 0)
                        {
                            _state = --_bulksLeft > 0 ? State.BulkHeader : State.ArrayHeader;
                        }

                        break;
                }
            }
        }
    }
}
