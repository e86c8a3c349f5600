using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Keeps the cards of meetings the bot started true when they change outside the chat. Each look reads the backend's
/// list of running conferences page by page (its cost grows with pages, not with meetings), confirms with one read
/// each meeting that is missing from it (a meeting ending while the list is read shifts the pages), records it
/// ended — a deleted one too — and turns its card to "Ended". It also reads the participants of a few meetings per
/// look, those checked longest ago first, to keep counts current and to remind the owner of a forgotten meeting
/// once; on a backend that tells only how many are in a call, it reads that count instead. It looks every
/// <see cref="MeetingBotOptions.WatchInterval"/> while something changes and backs off to
/// <see cref="MeetingBotOptions.WatchIntervalMax"/> while nothing does. What it writes about a meeting is in the
/// meeting's language.
/// </summary>
public sealed partial class MeetingWatcher(
    IMeetingStore meetings,
    IConferenceService backend,
    MeetingCards cards,
    ForgottenMeetings forgotten,
    MeetingHeadcount headcount,
    ReaderLanguages readers,
    IJobLeases leases,
    IOptionsMonitor<MeetingBotOptions> options,
    TimeProvider clock,
    ILogger<MeetingWatcher> logger) : BackgroundService
{
    internal const int PageSize = 200;

    /// <summary>Meetings confirmed ended (one read each) in one look; the rest wait for the next.</summary>
    internal const int ConfirmationsPerLook = 100;

    /// <summary>Several instances share the meetings: one of them watches at a time.</summary>
    internal const string Job = "meeting-watcher";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = options.CurrentValue.WatchInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(pause, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            var settings = options.CurrentValue;
            try
            {
                // Held across the longest pause between looks, with room for a slow look; when its holder dies,
                // another instance takes over within that.
                if (!await leases.TryHoldAsync(Job, settings.WatchIntervalMax * 3, stoppingToken).ConfigureAwait(false))
                {
                    pause = settings.WatchInterval;
                    continue;
                }

                var changed = await LookOnceAsync(stoppingToken).ConfigureAwait(false);
                pause = changed ? settings.WatchInterval : Min(pause * 2, settings.WatchIntervalMax);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogLookFailed(error);
                pause = settings.WatchIntervalMax;
            }
        }
    }

    /// <summary>One look at every meeting believed running; true when anything changed.</summary>
    internal async Task<bool> LookOnceAsync(CancellationToken cancellationToken)
    {
        var running = await meetings.ListRunningAsync(cancellationToken).ConfigureAwait(false);
        var mine = running.Where(meeting => meeting.Backend == backend.Capabilities.DisplayName).ToArray();
        if (mine.Length == 0)
        {
            return false;
        }

        var live = await RunningConferenceIdsAsync(cancellationToken).ConfigureAwait(false);
        var changed = false;
        foreach (var meeting in mine.Where(meeting => !live.Contains(meeting.ConferenceId)).Take(ConfirmationsPerLook))
        {
            changed |= await OneMeetingAsync(meeting, ConfirmEndedAsync, cancellationToken).ConfigureAwait(false);
        }

        // Who is in (or, where the backend tells only that, how many): a few meetings per look, longest unchecked first.
        Func<MeetingRecord, CancellationToken, Task<bool>>? presence =
            backend.Capabilities.LiveParticipants ? forgotten.CheckAsync
            : headcount.Available ? headcount.CheckAsync
            : null;
        if (presence is not null)
        {
            var due = mine.Where(meeting => live.Contains(meeting.ConferenceId))
                .OrderBy(meeting => meeting.CheckedAt ?? DateTimeOffset.MinValue)
                .Take(options.CurrentValue.WatchParticipantReads);
            foreach (var meeting in due)
            {
                changed |= await OneMeetingAsync(meeting, presence, cancellationToken).ConfigureAwait(false);
            }
        }

        return changed;
    }

    /// <summary>
    /// One meeting's part of a look, on its whole stored record (read only for the few meetings a look acts on). A
    /// failure is logged and the look goes on: one meeting the server will not answer for must not hold up the others.
    /// </summary>
    private async Task<bool> OneMeetingAsync(RunningMeeting running, Func<MeetingRecord, CancellationToken, Task<bool>> act, CancellationToken cancellationToken)
    {
        try
        {
            if (await meetings.FindByRequestKeyAsync(running.RequestKey, cancellationToken).ConfigureAwait(false) is not { State: MeetingState.Running } meeting)
            {
                return false;
            }

            using var language = TextLanguage.Use(readers.OfMeeting(meeting));
            return await act(meeting, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogMeetingFailed(error, running.ConferenceId);
            return false;
        }
    }

    private async Task<HashSet<string>> RunningConferenceIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var result = await backend.ListAsync(new ConferenceQuery(ConferenceState.Running, null, page, PageSize), cancellationToken).ConfigureAwait(false);
            foreach (var conference in result.Conferences)
            {
                ids.Add(conference.Id);
            }

            if (result.Conferences.Count < PageSize || page * PageSize >= result.Total)
            {
                return ids;
            }
        }
    }

    private async Task<bool> ConfirmEndedAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        try
        {
            var conference = await backend.GetConferenceAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
            if (conference.State == ConferenceState.Running)
            {
                return false;
            }
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            // The server may delete finished conferences: gone is ended.
        }

        var now = clock.GetUtcNow();
        if (!await meetings.UpdateLiveStateAsync(meeting.RequestKey, MeetingState.Ended, now, 0, now, CancellationToken.None).ConfigureAwait(false))
        {
            return false;
        }

        LogEnded(meeting.ConferenceId);
        await cards.UpdateAsync(meeting with { State = MeetingState.Ended, EndedAt = now, ParticipantCount = 0, CheckedAt = now }, CancellationToken.None).ConfigureAwait(false);
        return true;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Meeting {ConferenceId} ended outside the chat; its card now says so")]
    private partial void LogEnded(string conferenceId);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Warning, Message = "Looking at meeting {ConferenceId} failed; the look goes on with the others")]
    private partial void LogMeetingFailed(Exception error, string conferenceId);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "Looking at running meetings failed; trying again later")]
    private partial void LogLookFailed(Exception error);
}
