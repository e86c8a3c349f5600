namespace MeetingBot.Conferencing;

/// <summary>Starts and reads meetings on a video backend (TrueConf first; MoodHood later).</summary>
public interface IConferenceService
{
    /// <summary>What this backend can do.</summary>
    ConferencingCapabilities Capabilities { get; }

    /// <summary>Creates a conference and starts it, so the returned join link works at once.</summary>
    Task<Conference> StartConferenceAsync(NewConference request, CancellationToken cancellationToken);

    Task<Conference> GetConferenceAsync(string conferenceId, CancellationToken cancellationToken);

    /// <summary>The conference created for <see cref="NewConference.RequestKey"/>, when the backend has one.</summary>
    Task<Conference?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken);

    /// <summary>Starts a conference that exists but is not running; returns it as it now is.</summary>
    Task<Conference> RunAsync(Conference conference, CancellationToken cancellationToken);

    /// <summary>Stops the conference and deletes it: nobody was told it exists.</summary>
    Task DiscardAsync(string conferenceId, CancellationToken cancellationToken);

    /// <summary>Calls a user into a running conference.</summary>
    Task InviteAsync(string conferenceId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Stops a running conference; stopping a stopped one is not an error. Unknown conference →
    /// <see cref="ConferencingException"/> with <see cref="ConferencingFailure.NotFound"/>.
    /// </summary>
    Task StopAsync(string conferenceId, CancellationToken cancellationToken);

    /// <summary>
    /// Everyone in the call, being called, or invited but not joined (TrueConf: the participants list merged with
    /// the invitations list; the owner included). Unknown conference → <see cref="ConferencingFailure.NotFound"/>.
    /// </summary>
    Task<IReadOnlyList<ConferenceParticipant>> GetParticipantsAsync(string conferenceId, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the backend's conference list with the query's filters (state, owner), as the backend pages it. An
    /// entry's <see cref="Conference.JoinUrl"/> is empty when the list answer leaves links out: read the conference for it.
    /// </summary>
    Task<ConferencePage> ListAsync(ConferenceQuery query, CancellationToken cancellationToken);
}
