using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>The words on a meeting card that depend on its state.</summary>
internal static class MeetingCardTexts
{
    public static string Heading(MeetingView meeting) =>
        meeting.IsRunning ? $"{meeting.BackendName} meeting started" : $"{meeting.BackendName} meeting ended";

    /// <summary><c>🟢 Running · 3 in the call</c> or <c>Ended · 23 min</c>.</summary>
    public static string State(MeetingView meeting)
    {
        if (meeting.IsRunning)
        {
            return meeting.ParticipantCount switch
            {
                null => BotTexts.Card.Running,
                0 => $"{BotTexts.Card.Running} · nobody in the call yet",
                var count => $"{BotTexts.Card.Running} · {count} in the call",
            };
        }

        return meeting.EndedAt is { } ended ? $"Ended · {Duration(ended - meeting.StartedAt)}" : "Ended";
    }

    private static string Duration(TimeSpan length) =>
        length < TimeSpan.FromMinutes(1) ? "under a minute"
        : length < TimeSpan.FromHours(1) ? $"{(int)length.TotalMinutes} min"
        : $"{(int)length.TotalHours} h {length.Minutes} min";
}
