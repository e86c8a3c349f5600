using MeetingBot.Conferencing;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Reads who is in a running meeting for the watcher: the card's count follows, and a meeting running longer than
/// <see cref="MeetingBotOptions.ForgottenAfter"/> with nobody or only its owner in it gets one message to its owner
/// offering Stop — never a second one for the same meeting.
/// </summary>
public sealed partial class ForgottenMeetings(
    IConferenceService backend,
    IMeetingStore meetings,
    MeetingParticipants participants,
    MeetingCards cards,
    IChatNotifier notifier,
    IOptionsMonitor<MeetingBotOptions> options,
    TimeProvider clock,
    ILogger<ForgottenMeetings> logger)
{
    /// <summary>Reads the meeting's participants; true when the bot's knowledge of it changed.</summary>
    public async Task<bool> CheckAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        IReadOnlyList<ConferenceParticipant> people;
        try
        {
            people = await backend.GetParticipantsAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            return false; // the next look confirms it ended
        }

        var now = clock.GetUtcNow();
        var inCall = people.Where(person => person.State == ParticipantState.InCall).ToArray();
        var changed = await participants.RecordCountAsync(meeting, inCall.Length, cancellationToken).ConfigureAwait(false);

        var forgottenAfter = options.CurrentValue.ForgottenAfter;
        var ownerAlone = inCall.All(person => string.Equals(person.UserId, meeting.OwnerId, StringComparison.OrdinalIgnoreCase));
        if (!meeting.OwnerReminded && ownerAlone && now - meeting.StartedAt >= forgottenAfter && meeting.ServiceAddress.Length > 0 &&
            await meetings.TryMarkOwnerRemindedAsync(meeting.RequestKey, CancellationToken.None).ConfigureAwait(false))
        {
            var view = cards.ViewOf(meeting with { ParticipantCount = inCall.Length });
            var running = now - meeting.StartedAt;
            var minutes = (int)running.TotalMinutes;
            await notifier.SendAsync(
                MeetingCards.DestinationOf(meeting), new ForgottenMeetingReply(view, BotTexts.ForgottenMeeting(meeting.Topic, running)),
                meeting.RequestKey + "|forgotten", CancellationToken.None).ConfigureAwait(false);
            LogReminded(meeting.ConferenceId, minutes);
            changed = true;
        }

        return changed;
    }

    [LoggerMessage(EventId = 3303, Level = LogLevel.Information, Message = "Reminded the owner of meeting {ConferenceId}, running {Minutes} min with nobody else in it")]
    private partial void LogReminded(string conferenceId, int minutes);
}
