using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework;

/// <summary>
/// Activities the endpoint answers <c>200</c> to: written down with their de-duplication claim before the answer,
/// handed to the work queue, and crossed out once handled. What a crash interrupts is run again at start-up
/// (<see cref="UnfinishedActivitiesResumer"/>).
/// </summary>
public sealed partial class AcceptedActivities(
    IAcceptedWorkStore work,
    BackgroundWorkQueue queue,
    IActivityHandler handler,
    IOptionsMonitor<MeetingBotOptions> options,
    ILogger<AcceptedActivities> logger)
{
    /// <summary>The accepted-work source of Bot Framework activities.</summary>
    public const string Source = "botframework";

    /// <summary>The outcome of offering an activity.</summary>
    public enum Acceptance
    {
        Accepted,
        Duplicate,
        Busy,
    }

    /// <param name="payload">The activity as it came (UTF-8 JSON), written down to run it again after a crash.</param>
    public async Task<Acceptance> AcceptAsync(Activity activity, byte[] payload)
    {
        var settings = options.CurrentValue;
        if (string.IsNullOrEmpty(activity.Id))
        {
            // Nothing identifies a repeat of it: handled once, as it comes.
            return await queue.TryEnqueueAsync(token => handler.HandleAsync(activity, 1, token), settings.EnqueuePatience, CancellationToken.None).ConfigureAwait(false)
                ? Acceptance.Accepted
                : Acceptance.Busy;
        }

        var key = KeyOf(activity);
        if (!await work.TryAcceptAsync(key, Source, payload, settings.DuplicateWindow, CancellationToken.None).ConfigureAwait(false))
        {
            LogDuplicate(activity.Id);
            return Acceptance.Duplicate;
        }

        if (await EnqueueAsync(activity, key, 1, settings.EnqueuePatience).ConfigureAwait(false))
        {
            return Acceptance.Accepted;
        }

        // Not accepted after all: the channel's retry must not be taken for a duplicate.
        await work.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
        return Acceptance.Busy;
    }

    /// <summary>Queues work accepted before a restart, waiting for room as long as it takes.</summary>
    internal async Task ResumeAsync(AcceptedWork accepted, CancellationToken cancellationToken)
    {
        var activity = JsonSerializer.Deserialize(accepted.Payload, BotFrameworkJsonContext.Default.Activity);
        if (activity is null)
        {
            await work.CompleteAsync(accepted.Key, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        LogResuming(activity.Id ?? accepted.Key, accepted.Attempts);
        while (!await EnqueueAsync(activity, accepted.Key, accepted.Attempts, TimeSpan.FromSeconds(5)).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private ValueTask<bool> EnqueueAsync(Activity activity, string key, int attempt, TimeSpan patience) =>
        queue.TryEnqueueAsync(async token =>
        {
            try
            {
                await handler.HandleAsync(activity, attempt, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Shutting down before it finished: it stays written down and runs again at the next start.
                throw;
            }
            catch (Exception error)
            {
                // The handler answers the user itself; what escapes it would only fail again on every restart.
                LogFailed(error, activity.Id ?? key);
            }

            await work.CompleteAsync(key, CancellationToken.None).ConfigureAwait(false);
        }, patience, CancellationToken.None);

    private static string KeyOf(Activity activity) => "activity:" + Teams.TeamsRequestKey.For(activity);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Ignored redelivered activity {ActivityId}")]
    private partial void LogDuplicate(string activityId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Resuming activity {ActivityId} accepted before a restart (attempt {Attempt})")]
    private partial void LogResuming(string activityId, int attempt);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Handling activity {ActivityId} failed")]
    private partial void LogFailed(Exception error, string activityId);
}
