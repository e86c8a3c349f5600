using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

/// <summary>The outcome of offering a chat request's work.</summary>
public enum Acceptance
{
    Accepted,
    Duplicate,

    /// <summary>The work queue stayed full: nothing was accepted, the channel is asked to come back.</summary>
    Busy,

    /// <summary>The store did not take the work down (it is unreachable): nothing was accepted, the channel is asked to come back.</summary>
    Unavailable,
}

/// <summary>A chat channel's accepted work, which it can run again after a restart (<see cref="UnfinishedWorkResumer"/>).</summary>
public interface IResumableWork
{
    /// <summary>The <see cref="AcceptedWork.Source"/> of this channel's work.</summary>
    string Source { get; }

    Task ResumeAsync(AcceptedWork accepted, CancellationToken cancellationToken);
}

/// <summary>
/// Work a channel's endpoint answers <c>200</c> to: written down with its de-duplication claim before the answer,
/// handed to the work queue, and crossed out once done. What a crash interrupts is run again at start-up.
/// </summary>
public sealed partial class AcceptedWorkRunner(
    IAcceptedWorkStore work,
    BackgroundWorkQueue queue,
    IOptionsMonitor<MeetingBotOptions> options,
    ILogger<AcceptedWorkRunner> logger)
{
    /// <param name="payload">The request as it came, written down to run it again after a crash.</param>
    /// <param name="run">The work, given its attempt (1 the first time).</param>
    /// <param name="patience">How long to wait for room in a full queue (by default <see cref="MeetingBotOptions.EnqueuePatience"/>).</param>
    public async Task<Acceptance> AcceptAsync(string key, string source, byte[] payload, Func<int, CancellationToken, Task> run, TimeSpan? patience = null)
    {
        var settings = options.CurrentValue;
        bool claimed;
        try
        {
            claimed = await work.TryAcceptAsync(key, source, payload, settings.DuplicateWindow, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // Answering 200 now could lose the work (it is not written down) or run it twice (its claim is unknown).
            LogStoreFailed(error, key);
            return Acceptance.Unavailable;
        }

        if (!claimed)
        {
            LogDuplicate(key);
            return Acceptance.Duplicate;
        }

        if (await EnqueueAsync(key, 1, run, patience ?? settings.EnqueuePatience).ConfigureAwait(false))
        {
            return Acceptance.Accepted;
        }

        // Not accepted after all: the channel's retry must not be taken for a duplicate.
        await work.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
        return Acceptance.Busy;
    }

    /// <summary>Work nothing identifies a repeat of: run once, as it comes, and not written down.</summary>
    public async Task<Acceptance> AcceptUnkeyedAsync(Func<CancellationToken, Task> run) =>
        await queue.TryEnqueueAsync(run, options.CurrentValue.EnqueuePatience, CancellationToken.None).ConfigureAwait(false)
            ? Acceptance.Accepted
            : Acceptance.Busy;

    /// <summary>Queues work accepted before a restart, waiting for room as long as it takes.</summary>
    public async Task ResumeAsync(AcceptedWork accepted, Func<int, CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        LogResuming(accepted.Key, accepted.Attempts);
        while (!await EnqueueAsync(accepted.Key, accepted.Attempts, run, TimeSpan.FromSeconds(5)).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Crosses out work that cannot be run again (its payload no longer reads).</summary>
    public Task DropAsync(AcceptedWork accepted) => work.CompleteAsync(accepted.Key, CancellationToken.None);

    private ValueTask<bool> EnqueueAsync(string key, int attempt, Func<int, CancellationToken, Task> run, TimeSpan patience) =>
        queue.TryEnqueueAsync(async token =>
        {
            await using var running = work.BeginRun(key);
            try
            {
                await run(attempt, token).ConfigureAwait(false);
            }
            catch (Exception error) when (!token.IsCancellationRequested)
            {
                // The handler answers the user itself; what escapes it would only fail again on every restart.
                LogFailed(error, key);
            }

            if (token.IsCancellationRequested)
            {
                // Cut off by the stop, however the handler took it (a reply it could not send is not an answer): the work
                // stays written down and runs again — after a restart, or on another instance. A repeat is harmless.
                return;
            }

            await running.CompleteAsync(CancellationToken.None).ConfigureAwait(false);
        }, patience, CancellationToken.None);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Ignored redelivered request {Key}")]
    private partial void LogDuplicate(string key);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Error, Message = "Could not write down request {Key}: the store did not answer; the channel is asked to retry")]
    private partial void LogStoreFailed(Exception error, string key);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Resuming request {Key} accepted before a restart (attempt {Attempt})")]
    private partial void LogResuming(string key, int attempt);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Handling request {Key} failed")]
    private partial void LogFailed(Exception error, string key);
}
