using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace MeetingBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: receives envelopes, acknowledges each on a task of its own (a slow handler never holds
/// up the receive loop or another envelope's ack), and sends one message at a time, as a WebSocket requires.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    /// <summary>How long Slack has to say <c>hello</c> after the socket opens.</summary>
    internal static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);

    // Pings keep proxies from closing an idle socket; an unanswered one ends a connection that died silently.
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _recycle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Task, bool> _acking = new();
    private readonly CancellationTokenSource _receiving = new();
    private readonly SocketModeRequests _requests;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CancellationToken _stoppingToken;
    private Task<string> _ended = Task.FromResult("not connected");

    public SocketModeConnection(SocketModeRequests requests, TimeProvider clock, ILogger logger, CancellationToken stoppingToken)
    {
        _requests = requests;
        _clock = clock;
        _logger = logger;
        _stoppingToken = stoppingToken;
        _socket.Options.KeepAliveInterval = KeepAliveInterval;
        _socket.Options.KeepAliveTimeout = KeepAliveTimeout;
    }

    /// <summary>Completes with the reason when the connection is gone (closed by Slack, dropped, or closed by us).</summary>
    public Task<string> Ended => _ended;

    /// <summary>Completes with Slack's reason when Slack asks for a new connection (<c>disconnect</c>); this one still works meanwhile.</summary>
    public Task<string> RecycleRequested => _recycle.Task;

    /// <summary>Opens the socket and waits for Slack's <c>hello</c>; throws when either fails.</summary>
    public async Task OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        _ended = ReceiveAsync();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(_hello.Task, _ended, Task.Delay(HelloTimeout, _clock, timeout.Token)).ConfigureAwait(false);
        await timeout.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (first == _ended)
        {
            throw new WebSocketException($"The connection ended before Slack's hello: {await _ended.ConfigureAwait(false)}");
        }

        if (first != _hello.Task)
        {
            throw new TimeoutException($"Slack sent no hello within {HelloTimeout.TotalSeconds} s.");
        }
    }

    /// <summary>
    /// Closes the connection politely: sends the acks still being worked out (each within the ack budget), then the
    /// close handshake, and waits a little for Slack's answer before cutting it.
    /// </summary>
    public async Task CloseAsync()
    {
        try
        {
            await Task.WhenAll(_acking.Keys).WaitAsync(SocketModeRequests.AckBudget + CloseTimeout).ConfigureAwait(false);
            await _sending.WaitAsync().ConfigureAwait(false);
            try
            {
                using var closing = new CancellationTokenSource(CloseTimeout);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token).ConfigureAwait(false);
            }
            finally
            {
                _sending.Release();
            }

            await _ended.WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            LogCloseCut(error.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _receiving.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        await ((Task)_ended).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _receiving.Dispose();
    }

    private async Task<string> ReceiveAsync()
    {
        await Task.Yield();
        var message = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                message.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(message.GetMemory(4096), _receiving.Token).ConfigureAwait(false);
                    message.Advance(received.Count);
                }
                while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return $"closed by Slack ({_socket.CloseStatus} {_socket.CloseStatusDescription})".TrimEnd();
                }

                OnMessage(message.WrittenSpan);
            }
        }
        catch (OperationCanceledException) when (_receiving.IsCancellationRequested)
        {
            return "closed by the bot";
        }
        catch (Exception error)
        {
            return $"lost ({error.Message})";
        }
    }

    private void OnMessage(ReadOnlySpan<byte> message)
    {
        SocketModeEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(message, SocketModeJsonContext.Default.SocketModeEnvelope);
        }
        catch (JsonException error)
        {
            envelope = null;
            LogUnreadableMessage(error.Message);
        }

        switch (envelope)
        {
            case null:
                return;
            case { Type: "hello" }:
                _hello.TrySetResult();
                return;
            case { Type: "disconnect" }:
                _recycle.TrySetResult(envelope.Reason ?? "no reason given");
                return;
            case { EnvelopeId: { Length: > 0 } envelopeId }:
                var acking = AcknowledgeAsync(envelope, envelopeId);
                _acking.TryAdd(acking, true);
                _ = acking.ContinueWith(done => _acking.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return;
            default:
                LogIgnored(envelope.Type);
                return;
        }
    }

    private async Task AcknowledgeAsync(SocketModeEnvelope envelope, string envelopeId)
    {
        await Task.Yield(); // off the receive loop: the handler may take its time before its first await
        try
        {
            if (await _requests.AcknowledgeAsync(envelope, envelopeId, _stoppingToken).ConfigureAwait(false) is not { } ack)
            {
                return;
            }

            await _sending.WaitAsync(_stoppingToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(ack, WebSocketMessageType.Text, endOfMessage: true, _stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                _sending.Release();
            }
        }
        catch (Exception error)
        {
            // Slack delivers an envelope it never heard back about again (with retry_attempt), on the next connection.
            LogAckLost(envelope.Type, envelopeId, error.Message);
        }
    }

    [LoggerMessage(EventId = 2720, Level = LogLevel.Warning, Message = "A Slack Socket Mode message could not be read ({Reason}); ignored")]
    private partial void LogUnreadableMessage(string reason);

    [LoggerMessage(EventId = 2721, Level = LogLevel.Debug, Message = "Slack Socket Mode message of type {Type} without an envelope id ignored")]
    private partial void LogIgnored(string type);

    [LoggerMessage(EventId = 2722, Level = LogLevel.Warning, Message = "The ack of Slack Socket Mode {Type} envelope {EnvelopeId} was not sent ({Reason}); Slack will deliver it again")]
    private partial void LogAckLost(string type, string envelopeId, string reason);

    [LoggerMessage(EventId = 2723, Level = LogLevel.Debug, Message = "A Slack Socket Mode connection was cut instead of closed ({Reason})")]
    private partial void LogCloseCut(string reason);
}
