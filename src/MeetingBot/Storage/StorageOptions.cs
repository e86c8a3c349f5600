namespace MeetingBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite database file; relative paths are under the app's content root.</summary>
    public string SqlitePath { get; set; } = "App_Data/meetingbot.db";
}
