namespace MeetingBot.MeetingPages;

/// <summary>Every word the meeting page shows, in one place (the languages work will translate them from here).</summary>
internal static class MeetingPageTexts
{
    public const string Language = "en";
    public const string FrameTitle = "Meeting";
    public const string EndedTitle = "The meeting has ended";
    public const string EndedBody = "You can close this window.";
    public const string ExpiredTitle = "This link has expired";
    public const string ExpiredBody = "Meeting links from MeetingBot work for a few minutes only. Ask MeetingBot for a new one: open the meeting again from its card in the chat.";
    public const string InvalidTitle = "This link does not work";
    public const string InvalidBody = "It is incomplete or was changed. Ask MeetingBot for a new one: open the meeting again from its card in the chat.";
    public const string NotFoundTitle = "Meeting not found";
    public const string NotFoundBody = "MeetingBot does not know this meeting. It may have been started by another bot, or its record is gone.";
    public const string UnavailableTitle = "The video service is not answering";
    public const string UnavailableBody = "MeetingBot could not get your meeting link just now. Please try again in a minute.";
}
