namespace MeetingBot.MoodHoodSimulator.Http;

/// <summary>Why the simulator's mapping is marked as needing reflection: trimming and native AOT read this.</summary>
internal static class DelegateEndpoints
{
    public const string Reason =
        "The simulator maps its endpoints from delegates whose parameters are bound by reflection at start-up. " +
        "It is a local and test stand-in for the MoodHood API, never on the bot's path to a real server.";
}
