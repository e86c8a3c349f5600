namespace MeetingBot.TrueConfSimulator;

/// <summary>Presence <c>status</c> values of the user object (reference §5.2).</summary>
public static class UserPresence
{
    public const int NotActivated = -2;
    public const int Invalid = -1;
    public const int Offline = 0;
    public const int Online = 1;
    public const int Busy = 2;
    public const int Multihost = 3;
    public const int InConference = 5;
}
