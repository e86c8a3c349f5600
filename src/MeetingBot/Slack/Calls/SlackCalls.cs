using System.Collections.Concurrent;
using System.Text.Json;
using MeetingBot.Conferencing;
using MeetingBot.Meetings;
using MeetingBot.Slack.Api;
using MeetingBot.Slack.Blocks;
using MeetingBot.Storage;

namespace MeetingBot.Slack.Calls;

/// <summary>
/// A meeting as a Slack call (Calls API): registered when its card is posted, so Slack shows who is in and its own
/// Join; told who joined and left when its card is updated; ended when it ends. Never in the way of the card: a call
/// Slack will not take leaves the plain card, and a failed update waits for the meeting's next card update.
/// </summary>
internal sealed partial class SlackCalls(SlackWebApiClient api, IChannelStateStore state, IConferenceService backend, ILogger<SlackCalls> logger)
{
    // Error codes already explained in the log: each once per process, whatever the number of meetings.
    private readonly ConcurrentDictionary<string, bool> _explained = new(StringComparer.Ordinal);

    // Set when the workspace refuses calls for every meeting (a scope not granted, calls not allowed): nothing to try until restarted.
    private volatile bool _refused;

    /// <summary>The card with the call first: Slack draws the call, with who is in and its Join, above the card.</summary>
    public static SlackMessage WithCall(SlackMessage card, string callId) => new(card.Text, [new CallBlock(callId), .. card.Blocks]);

    /// <summary>
    /// The meeting's call, registered with <c>calls.add</c> the first time its card is posted; null when Slack did not
    /// take it (then the card goes without it).
    /// </summary>
    public async Task<string?> RegisterAsync(MeetingView meeting, string createdBy, CancellationToken cancellationToken)
    {
        if (!meeting.IsRunning)
        {
            return null;
        }

        if (backend.Capabilities.PersonalLinks)
        {
            // A call's join_url is shared with everyone and the meeting's shared address admits nobody: no call at all.
            if (_explained.TryAdd("personal-links", true))
            {
                LogNoCallsWithPersonalLinks(backend.Capabilities.DisplayName);
            }

            return null;
        }

        if (await FindAsync(meeting.MeetingRef, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known.CallId;
        }

        if (_refused)
        {
            return null;
        }

        string? callId;
        try
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(
                new SlackCallAdd(meeting.MeetingRef, meeting.JoinUrl, createdBy, meeting.Topic, meeting.StartedAt.ToUnixTimeSeconds(), meeting.ConferenceId),
                SlackCallsJsonContext.Default.SlackCallAdd);
            callId = (await api.CallAsync("calls.add", body, cancellationToken).ConfigureAwait(false)).CallId;
        }
        catch (SlackApiException error) when (error.IsTransient)
        {
            LogNotRegisteredForNow(error.Error);
            return null;
        }
        catch (SlackApiException error)
        {
            _refused |= RefusesEveryCall(error.Error);
            if (_explained.TryAdd(error.Error, true))
            {
                LogCallsRefused(error.Error);
            }

            return null;
        }

        if (callId is null)
        {
            return null;
        }

        try
        {
            await SaveAsync(meeting.MeetingRef, new SlackCallState(callId, [], Ended: false)).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The card still shows the call; only its later updates are lost.
            LogNotFollowed(error, meeting.MeetingRef);
        }

        return callId;
    }

    /// <summary>The meeting's call as last remembered, or null when it has none (or it cannot be read now).</summary>
    public async Task<SlackCallState?> FindAsync(string meetingRef, CancellationToken cancellationToken)
    {
        try
        {
            return await state.GetAsync(KeyOf(meetingRef), cancellationToken).ConfigureAwait(false) is { } stored
                ? JsonSerializer.Deserialize(stored, SlackCallsJsonContext.Default.SlackCallState)
                : null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNotFollowed(error, meetingRef);
            return null;
        }
    }

    /// <summary>
    /// Brings the call in line with the meeting: ended once when it ended, else its participants those the backend
    /// has in the call. A failure is logged; the next update of the meeting's card tries again.
    /// </summary>
    public async Task FollowAsync(MeetingView meeting, SlackCallState call, CancellationToken cancellationToken)
    {
        if (call.Ended)
        {
            return;
        }

        try
        {
            if (!meeting.IsRunning)
            {
                var ran = (meeting.EndedAt ?? meeting.StartedAt) - meeting.StartedAt;
                var body = JsonSerializer.SerializeToUtf8Bytes(
                    new SlackCallEnd(call.CallId, Math.Max(0, (long)ran.TotalSeconds)), SlackCallsJsonContext.Default.SlackCallEnd);
                // An ended call answers inactive_call: ended either way.
                await api.CallAsync("calls.end", body, cancellationToken).ConfigureAwait(false);
                await SaveAsync(meeting.MeetingRef, call with { Ended = true }).ConfigureAwait(false);
                return;
            }

            if (!backend.Capabilities.LiveParticipants)
            {
                return;
            }

            var people = await backend.GetParticipantsAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
            var inCall = people.Where(person => person.State == ParticipantState.InCall)
                .DistinctBy(person => person.UserId, StringComparer.Ordinal)
                .Select(person => new SlackCallUser(person.UserId, person.DisplayName.Length > 0 ? person.DisplayName : person.UserId))
                .ToArray();
            var told = call.Participants.Select(user => user.ExternalId).ToHashSet(StringComparer.Ordinal);
            var now = inCall.Select(user => user.ExternalId).ToHashSet(StringComparer.Ordinal);
            var joined = inCall.Where(user => !told.Contains(user.ExternalId)).ToArray();
            var left = call.Participants.Where(user => !now.Contains(user.ExternalId)).ToArray();
            if (joined.Length == 0 && left.Length == 0)
            {
                return;
            }

            // Someone already listed (a retry after a half-done change) answers bad_users: an answer, not a failure.
            if (joined.Length > 0)
            {
                await ChangeParticipantsAsync("calls.participants.add", call.CallId, joined, cancellationToken).ConfigureAwait(false);
            }

            if (left.Length > 0)
            {
                await ChangeParticipantsAsync("calls.participants.remove", call.CallId, left, cancellationToken).ConfigureAwait(false);
            }

            await SaveAsync(meeting.MeetingRef, call with { Participants = inCall }).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotFollowed(error, meeting.MeetingRef);
        }
    }

    /// <summary>Refusals of the workspace as a whole: the next meeting would be refused the same way.</summary>
    private static bool RefusesEveryCall(string error) => error is "missing_scope" or "not_allowed" or "not_allowed_token_type";

    private Task ChangeParticipantsAsync(string method, string callId, IReadOnlyList<SlackCallUser> users, CancellationToken cancellationToken) =>
        api.CallAsync(method, JsonSerializer.SerializeToUtf8Bytes(new SlackCallParticipants(callId, users), SlackCallsJsonContext.Default.SlackCallParticipants), cancellationToken);

    /// <summary>Written whatever the caller's cancellation: Slack has already been told.</summary>
    private Task SaveAsync(string meetingRef, SlackCallState call) =>
        state.SetAsync(KeyOf(meetingRef), JsonSerializer.Serialize(call, SlackCallsJsonContext.Default.SlackCallState), CancellationToken.None);

    private static string KeyOf(string meetingRef) => "slack-call:" + meetingRef;

    [LoggerMessage(EventId = 3421, Level = LogLevel.Information,
        Message = "Meetings are not registered as Slack calls: {Backend} admits people only by personal one-time links, and a call's join link is shared by everyone")]
    private partial void LogNoCallsWithPersonalLinks(string backend);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning,
        Message = "Slack did not take a meeting as a Slack call ({SlackError}); its messages are posted without the call (the bot needs the calls:write scope and calls allowed in the workspace). Said once per error.")]
    private partial void LogCallsRefused(string slackError);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "A meeting was not registered as a Slack call for now ({SlackError}); its card went without it")]
    private partial void LogNotRegisteredForNow(string slackError);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "The Slack call of meeting {MeetingRef} was not brought up to date; the next card update tries again")]
    private partial void LogNotFollowed(Exception error, string meetingRef);
}
