namespace MeetingBot.Conferencing;

/// <summary>Starts and reads meetings on a video backend (TrueConf first; MoodHood later).</summary>
public interface IConferenceService
{
    /// <summary>Creates a conference and starts it, so the returned join link works at once.</summary>
    Task<Conference> StartConferenceAsync(NewConference request, CancellationToken cancellationToken);

    Task<Conference> GetConferenceAsync(string conferenceId, CancellationToken cancellationToken);

    /// <summary>Calls a user into a running conference.</summary>
    Task InviteAsync(string conferenceId, string userId, CancellationToken cancellationToken);
}
