using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// Slack's Socket Mode end on a loopback port: says <c>hello</c> on every connection, lets a test send envelopes,
/// <c>disconnect</c> or cut the connection, and records every acknowledgement with the time it arrived. Its
/// <see cref="SocketUrl"/> is what <c>apps.connections.open</c> answers (<see cref="FakeSlackApi.SocketUrl"/>).
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    /// <summary>The secret part of the socket address, which must never reach a log.</summary>
    public const string Ticket = "7f3c1d9e-socket-ticket";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, Link> _open = new();
    private readonly ConcurrentQueue<ReceivedAck> _acks = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sent = new();
    private int _attempts;
    private int _connections;
    private int _closedByBot;
    private int _nextEnvelope;

    private FakeSocketModeServer(WebApplication app, string baseUrl)
    {
        _app = app;
        SocketUrl = "ws" + baseUrl["http".Length..] + $"/link/?ticket={Ticket}&app_id=A0EEE";
    }

    public string SocketUrl { get; }

    /// <summary>Upgrade requests the bot made, refused ones included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public int OpenConnections => _open.Count;

    /// <summary>Connections the bot closed with a close handshake (not cut).</summary>
    public int ClosedByBot => Volatile.Read(ref _closedByBot);

    /// <summary>When set, upgrade requests answer 503, as a Slack that cannot be reached through a proxy.</summary>
    public bool Refusing { get; set; }

    public IReadOnlyList<ReceivedAck> Acks => _acks.ToArray();

    public static async Task<FakeSocketModeServer> StartAsync()
    {
        FakeSocketModeServer? server = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(null, app =>
        {
            app.UseWebSockets();
            app.Map("/link", (RequestDelegate)(http => server!.ServeAsync(http)));
        });
        server = new FakeSocketModeServer(app, baseUrl);
        return server;
    }

    /// <summary>Sends an envelope on the newest connection (or the given one); returns its envelope id.</summary>
    public async Task<string> SendAsync(string type, JsonNode? payload, bool acceptsResponsePayload = false, int? retryAttempt = null, int? connection = null)
    {
        var envelopeId = $"env-{Interlocked.Increment(ref _nextEnvelope)}";
        var envelope = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = type,
            ["payload"] = payload,
            ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (retryAttempt is { } attempt)
        {
            envelope["retry_attempt"] = attempt;
            envelope["retry_reason"] = "timeout";
        }

        _sent[envelopeId] = DateTimeOffset.UtcNow;
        await SendRawAsync(envelope.ToJsonString(), connection);
        return envelopeId;
    }

    /// <summary>Sends any text as one message on the newest connection (or the given one).</summary>
    public Task SendRawAsync(string text, int? connection = null) =>
        (connection is { } number ? _open[number] : Newest()).SendAsync(text);

    /// <summary>Slack recycling the newest connection: a <c>disconnect</c> message; the connection stays open until the bot closes it.</summary>
    public Task DisconnectAsync(string reason = "refresh_requested") =>
        SendRawAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "fake-applink" } }.ToJsonString());

    /// <summary>Cuts the newest connection without a close handshake.</summary>
    public void Drop() => Newest().Http.Abort();

    public DateTimeOffset SentAt(string envelopeId) => _sent[envelopeId];

    public async Task<ReceivedAck> WaitForAckAsync(string envelopeId, TimeSpan? timeout = null)
    {
        ReceivedAck? ack = null;
        await WaitUntilAsync(() => (ack = _acks.FirstOrDefault(a => a.EnvelopeId == envelopeId)) is not null, timeout, $"no ack of {envelopeId}");
        return ack!;
    }

    public Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => Connections >= count, timeout, $"fewer than {count} connections");

    public Task WaitForOpenConnectionsAsync(int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => OpenConnections == count, timeout, $"not exactly {count} open connections");

    public async ValueTask DisposeAsync()
    {
        foreach (var link in _open.Values)
        {
            link.Http.Abort();
        }

        await _app.DisposeAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> done, TimeSpan? timeout, string failure)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, failure);
            await Task.Delay(10);
        }
    }

    private Link Newest() => _open.Values.MaxBy(link => link.Number) ?? throw new InvalidOperationException("No connection is open.");

    private async Task ServeAsync(HttpContext http)
    {
        Interlocked.Increment(ref _attempts);
        if (!http.WebSockets.IsWebSocketRequest || Refusing)
        {
            http.Response.StatusCode = Refusing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var link = new Link(Interlocked.Increment(ref _connections), socket, http);
        _open[link.Number] = link;
        try
        {
            await link.SendAsync(new JsonObject
            {
                ["type"] = "hello",
                ["num_connections"] = _open.Count,
                ["connection_info"] = new JsonObject { ["app_id"] = "A0EEE" },
            }.ToJsonString());
            await ReceiveAsync(link);
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or IOException)
        {
            // The bot (or a test's Drop) cut the connection.
        }
        finally
        {
            _open.TryRemove(link.Number, out _);
        }
    }

    private async Task ReceiveAsync(Link link)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await link.Socket.ReceiveAsync(buffer, link.Http.RequestAborted);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                Interlocked.Increment(ref _closedByBot);
                await link.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return;
            }

            var text = Encoding.UTF8.GetString(message.ToArray());
            var json = JsonNode.Parse(text)!;
            _acks.Enqueue(new ReceivedAck((string)json["envelope_id"]!, json["payload"], DateTimeOffset.UtcNow, link.Number, text));
        }
    }

    private sealed class Link(int number, WebSocket socket, HttpContext http)
    {
        private readonly SemaphoreSlim _sending = new(1, 1);

        public int Number { get; } = number;
        public WebSocket Socket { get; } = socket;
        public HttpContext Http { get; } = http;

        public async Task SendAsync(string text)
        {
            await _sending.WaitAsync();
            try
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            finally
            {
                _sending.Release();
            }
        }
    }
}

/// <summary>An acknowledgement the bot sent: its envelope id, its payload if any, when and on which connection it arrived.</summary>
public sealed record ReceivedAck(string EnvelopeId, JsonNode? Payload, DateTimeOffset At, int Connection, string Raw);
