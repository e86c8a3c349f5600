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
    /// Queues <paramref name="work"/>; false when the queue is full or shutting down. The work's trace continues the
    /// trace of the request that queued it.
    /// </summary>
    public bool TryEnqueue(Func<CancellationToken, Task> work)
    {
        var parent = System.Diagnostics.Activity.Current?.Context;
        return _queue.Writer.TryWrite(parent is null ? work : async cancellationToken =>
        {
            using var span = Telemetry.MeetingBotTracing.Source.StartActivity("meetingbot.background", System.Diagnostics.ActivityKind.Internal, parent.Value);
            await work(cancellationToken).ConfigureAwait(false);
        });
    }

    public int Pending => _queue.Reader.Count;

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
