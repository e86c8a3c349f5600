namespace MeetingBot.Storage;

public interface IMeetingStore
{
    /// <summary>Saves the record unless one with the same <see cref="MeetingRecord.RequestKey"/> exists; false then.</summary>
    Task<bool> TryAddAsync(MeetingRecord meeting, CancellationToken cancellationToken);

    Task<MeetingRecord?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken);

    /// <summary>The meeting most recently started in a conversation.</summary>
    Task<MeetingRecord?> FindLatestInConversationAsync(string channel, string conversationId, CancellationToken cancellationToken);

    /// <summary>The newest record of this backend conference (any conversation), or null.</summary>
    Task<MeetingRecord?> FindByConferenceIdAsync(string backend, string conferenceId, CancellationToken cancellationToken);

    /// <summary>
    /// Every meeting still believed running, oldest first: only what the watcher compares each look (a few columns,
    /// not whole records — it reads thousands of them every look).
    /// </summary>
    Task<IReadOnlyList<RunningMeeting>> ListRunningAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The running meetings of one owner on one backend, newest first, at most <paramref name="limit"/> (for a backend
    /// that cannot list conferences by owner: the bot knows whose meetings it started).
    /// </summary>
    Task<IReadOnlyList<MeetingRecord>> ListRunningOwnedAsync(string backend, string ownerId, int limit, CancellationToken cancellationToken);

    /// <summary>Records the card's message id once it is known (e.g. delivered late by the outbox).</summary>
    Task SetCardMessageIdAsync(string requestKey, string messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves what the bot now knows of the meeting; returns true when the stored state changed from Running to Ended by
    /// this call (so only one caller updates the card / tells the chat that it ended). An ended meeting stays as it
    /// ended: later calls change nothing and return false.
    /// </summary>
    Task<bool> UpdateLiveStateAsync(
        string requestKey, MeetingState state, DateTimeOffset? endedAt, int? participantCount, DateTimeOffset checkedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Adds people to the meeting's invitees (those not there yet, with their display names) and returns the
    /// meeting as now stored; null when there is no such meeting.
    /// </summary>
    Task<MeetingRecord?> AddInviteesAsync(string requestKey, IReadOnlyList<string> inviteeIds, IReadOnlyList<string> inviteeNames, CancellationToken cancellationToken);

    /// <summary>Atomically marks that the owner was reminded about a forgotten meeting; true only for the first caller ever.</summary>
    Task<bool> TryMarkOwnerRemindedAsync(string requestKey, CancellationToken cancellationToken);
}

/// <summary>A meeting believed running, as the watcher lists it.</summary>
/// <param name="CheckedAt">When its participants were last read, if ever.</param>
public sealed record RunningMeeting(string RequestKey, string Backend, string ConferenceId, DateTimeOffset? CheckedAt);
