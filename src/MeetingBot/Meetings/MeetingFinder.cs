using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// The meeting a command acts on: the one it names by id, else the one most recently started in its conversation.
/// A meeting named by id that the bot did not start is read from the backend (it has no card to keep true).
/// </summary>
public sealed class MeetingFinder(IMeetingStore meetings, IConferenceService backend, MeetingCards cards, TimeProvider clock)
{
    /// <summary>The meeting, or null after telling the chat that there is none to act on.</summary>
    public async Task<MeetingRecord?> FindOrTellAsync(IChatConversation chat, string? meetingId, CancellationToken cancellationToken)
    {
        if (await FindAsync(chat, meetingId, cancellationToken).ConfigureAwait(false) is { } meeting)
        {
            return meeting;
        }

        var text = meetingId is null ? BotTexts.NoMeetingHere : BotTexts.NoSuchMeeting(backend.Capabilities.DisplayName, meetingId);
        await chat.ReplyAsync(new NoticeReply(NoticeKind.Info, text), cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async Task<MeetingRecord?> FindAsync(IChatConversation chat, string? meetingId, CancellationToken cancellationToken)
    {
        if (meetingId is null)
        {
            return await meetings.FindLatestInConversationAsync(chat.Channel, chat.ConversationId, cancellationToken).ConfigureAwait(false);
        }

        var backendName = backend.Capabilities.DisplayName;
        if (await meetings.FindByConferenceIdAsync(backendName, meetingId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        try
        {
            var conference = await backend.GetConferenceAsync(meetingId, cancellationToken).ConfigureAwait(false);
            return new MeetingRecord(
                conference.Id, backendName, conference.Topic, conference.OwnerId, conference.InviteeIds, conference.JoinUrl,
                conference.PageUrl, chat.Channel, chat.ConversationId, chat.Sender.Id, RequestKey: "", StartedAt: clock.GetUtcNow(),
                State: conference.State == ConferenceState.Running ? MeetingState.Running : MeetingState.Ended, GuestUrl: conference.GuestUrl);
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// The meeting as the backend has it now. One stopped or deleted there before the watcher noticed is recorded as
    /// ended and its card turns to "Ended", so the command answers "has already ended" rather than the server's error.
    /// </summary>
    public async Task<MeetingRecord> CurrentAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        if (meeting.State == MeetingState.Ended)
        {
            return meeting;
        }

        try
        {
            var conference = await backend.GetConferenceAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
            if (conference.State == ConferenceState.Running)
            {
                return meeting;
            }
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            // Deleted by the server's clean-up: it has ended all the same.
        }

        var now = clock.GetUtcNow();
        var ended = meeting with { State = MeetingState.Ended, EndedAt = now, ParticipantCount = 0, CheckedAt = now };
        if (meeting.RequestKey.Length > 0 &&
            await meetings.UpdateLiveStateAsync(meeting.RequestKey, MeetingState.Ended, now, 0, now, CancellationToken.None).ConfigureAwait(false))
        {
            await cards.UpdateAsync(ended, CancellationToken.None).ConfigureAwait(false);
        }

        return ended;
    }

    /// <summary>The meeting a card's action names (the key of the command that started it).</summary>
    public Task<MeetingRecord?> FindByReferenceAsync(string meetingRef, CancellationToken cancellationToken) =>
        meetings.FindByRequestKeyAsync(meetingRef, cancellationToken);
}
