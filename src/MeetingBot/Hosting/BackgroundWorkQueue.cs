using System.Threading.Channels;
using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

/// <summary>
/// Work accepted by an HTTP endpoint and done after its answer: a bounded queue drained by a fixed number of
/// workers. On shutdown it stops taking work and finishes what it holds (within the host's shutdown timeout).
/// </summary>
public sealed partial class BackgroundWorkQueue(IOptions<MeetingBotOptions> options, ILogger<BackgroundWorkQueue> logger) : IHostedService
{
    private readonly Channel<Func<CancellationToken, Task>> _queue = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(options.Value.WorkQueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    private readonly CancellationTokenSource _abort = new();
    private Task[] _workers = [];

    /// <summary>
    /// Queues <paramref name="work"/>, waiting up to <paramref name="patience"/> for room: a full queue slows the
    /// caller down instead of letting work pile up (the HTTP answer can wait seconds; Teams allows 15). False when
    /// there was no room in time or the app is shutting down. The work's trace continues the caller's trace.
    /// </summary>
    public async ValueTask<bool> TryEnqueueAsync(Func<CancellationToken, Task> work, TimeSpan patience, CancellationToken cancellationToken)
    {
        var parent = System.Diagnostics.Activity.Current?.Context;
        var item = parent is null ? work : async token =>
        {
            using var span = Telemetry.MeetingBotTracing.Source.StartActivity("meetingbot.background", System.Diagnostics.ActivityKind.Internal, parent.Value);
            await work(token).ConfigureAwait(false);
        };
        if (_queue.Writer.TryWrite(item))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(patience);
        try
        {
            await _queue.Writer.WriteAsync(item, wait.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(DrainAsync, CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        LogDraining(_queue.Reader.Count);
        try
        {
            await Task.WhenAll(_workers).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out: cancel what is still running.
            await _abort.CancelAsync().ConfigureAwait(false);
            LogAbandoned(_queue.Reader.Count);
        }
    }

    private async Task DrainAsync()
    {
        await foreach (var work in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await work(_abort.Token).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                LogWorkFailed(error);
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Stopping: finishing {Pending} queued and all running commands")]
    private partial void LogDraining(int pending);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Shutdown timeout reached: cancelled running commands, {Pending} left unhandled")]
    private partial void LogAbandoned(int pending);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Background work failed")]
    private partial void LogWorkFailed(Exception error);
}
