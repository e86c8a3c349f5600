using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary>The answer when a command names no meeting the bot can find.</summary>
internal static class MeetingNotFound
{
    public static NoticeReply Reply(IConferenceService backend, string? meetingId) =>
        new(NoticeKind.Info, meetingId is null ? BotTexts.NoMeetingHere : BotTexts.NoSuchMeeting(backend.Capabilities.DisplayName, meetingId));
}
