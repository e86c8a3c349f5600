using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

public enum StopOutcome
{
    Stopped,
    AlreadyEnded,
    NotAllowed,
}

/// <summary>
/// Stops a meeting for its owner or a MeetingBot admin, records that it ended and turns its card to "Ended". Shared by
/// <c>stop meeting</c> and the card's Stop button; a repeated stop (double click, redelivery) finds it ended and does
/// nothing more, and one meeting's stops run one at a time.
/// </summary>
public sealed class MeetingStopper(
    IConferenceService backend, IMeetingStore meetings, IPersonResolver people, AccountLinks links, MeetingCards cards,
    MeetingLocks locks, TimeProvider clock)
{
    public async Task<(StopOutcome Outcome, MeetingRecord Meeting)> StopAsync(MeetingRecord meeting, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (!await MayStopAsync(meeting, chat, cancellationToken).ConfigureAwait(false))
        {
            return (StopOutcome.NotAllowed, meeting);
        }

        using var held = await locks.HoldAsync(meeting, cancellationToken).ConfigureAwait(false);
        if (meeting.State == MeetingState.Ended)
        {
            // Read from the backend as ended (a meeting named by id that the bot did not start): nothing to stop.
            return (StopOutcome.AlreadyEnded, meeting);
        }

        if (meeting.RequestKey.Length > 0 &&
            await meetings.FindByRequestKeyAsync(meeting.RequestKey, cancellationToken).ConfigureAwait(false) is { State: MeetingState.Ended } ended)
        {
            return (StopOutcome.AlreadyEnded, ended);
        }

        try
        {
            await backend.StopAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            // Deleted on the server: it has ended all the same.
        }

        var now = clock.GetUtcNow();
        var stopped = meeting with { State = MeetingState.Ended, EndedAt = now, ParticipantCount = 0, CheckedAt = now };
        if (meeting.RequestKey.Length > 0 &&
            await meetings.UpdateLiveStateAsync(meeting.RequestKey, MeetingState.Ended, now, 0, now, CancellationToken.None).ConfigureAwait(false))
        {
            await cards.UpdateAsync(stopped, CancellationToken.None).ConfigureAwait(false);
        }

        return (StopOutcome.Stopped, stopped);
    }

    /// <summary>The owner (by their proven backend account) or a configured admin.</summary>
    private async Task<bool> MayStopAsync(MeetingRecord meeting, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (await people.ResolveSenderAsync(chat, cancellationToken).ConfigureAwait(false) is ResolvedPerson sender &&
            string.Equals(sender.User.Id, meeting.OwnerId, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return await links.IsAdminAsync(chat, cancellationToken).ConfigureAwait(false);
    }
}
