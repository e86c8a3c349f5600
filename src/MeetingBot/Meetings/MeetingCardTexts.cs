using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>The words on a meeting card that depend on its state.</summary>
internal static class MeetingCardTexts
{
    public static string Heading(MeetingView meeting) =>
        Texts.Format(meeting.IsRunning ? "Card.HeadingStarted" : "Card.HeadingEnded", ("backend", meeting.BackendName));

    /// <summary>What a screen reader says for the card: <c>Review has started.</c></summary>
    public static string Speak(MeetingView meeting) =>
        Texts.Format(meeting.IsRunning ? "Card.SpeakStarted" : "Card.SpeakEnded", ("topic", meeting.Topic));

    /// <summary><c>🟢 Running · 3 in the call</c> or <c>Ended · 23 min</c>.</summary>
    public static string State(MeetingView meeting)
    {
        if (meeting.IsRunning)
        {
            return meeting.ParticipantCount switch
            {
                null => BotTexts.Card.Running,
                0 => Texts.Format("Card.RunningNobody"),
                var count => Texts.Plural("Card.RunningCount", count.Value),
            };
        }

        return meeting.EndedAt is { } ended
            ? Texts.Format("Card.EndedAfter", ("duration", Duration(ended - meeting.StartedAt)))
            : Texts.Format("Card.Ended");
    }

    /// <summary>A meeting's length in words: <c>under a minute</c>, <c>23 min</c>, <c>2 h</c>, <c>1 h 5 min</c>.</summary>
    public static string Duration(TimeSpan length) =>
        length < TimeSpan.FromMinutes(1) ? Texts.Format("Duration.UnderAMinute")
        : length < TimeSpan.FromHours(1) ? Texts.Plural("Duration.Minutes", (int)length.TotalMinutes)
        : length.Minutes == 0 ? Texts.Format("Duration.Hours", ("hours", ((int)length.TotalHours).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        : Texts.Format("Duration.HoursMinutes",
            ("hours", ((int)length.TotalHours).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("minutes", length.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
