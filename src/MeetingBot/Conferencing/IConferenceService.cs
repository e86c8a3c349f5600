namespace MeetingBot.Conferencing;

/// <summary>Starts and reads meetings on a video backend (TrueConf first; MoodHood later).</summary>
public interface IConferenceService
{
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
}
