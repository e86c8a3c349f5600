namespace MeetingBot.TrueConfSimulator;

/// <summary>What happened when a simulated person tried to join.</summary>
public enum JoinResult
{
    Joined,
    ConferenceNotFound,
    ConferenceNotRunning,
    UserNotFound,
}
