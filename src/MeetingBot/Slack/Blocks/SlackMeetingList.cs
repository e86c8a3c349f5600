using MeetingBot.Meetings;

namespace MeetingBot.Slack.Blocks;

/// <summary>The sender's meetings, one section each with its Join button: in a message and on the Home tab.</summary>
internal static class SlackMeetingList
{
    /// <summary>The meetings shown in a message: with its heading and the "…and N more" line, within 50 blocks.</summary>
    public const int InMessage = 40;

    public static SlackMessage Message(MeetingListReply reply) =>
        SlackBlockKit.Message(
            string.Join("; ", reply.Meetings.Select(meeting => meeting.PersonalJoinRef is null ? $"{Mrkdwn.Escape(meeting.Topic)}: {meeting.JoinUrl}" : Mrkdwn.Escape(meeting.Topic))),
            [SlackBlockKit.Header(BotTexts.Card.YourMeetings(reply.BackendName)), .. Blocks(reply, InMessage)]);

    /// <summary>At most <paramref name="shown"/> meetings; those left out are added to the reply's own "more".</summary>
    public static IEnumerable<SlackBlock> Blocks(MeetingListReply reply, int shown)
    {
        foreach (var meeting in reply.Meetings.Take(shown))
        {
            yield return SlackBlockKit.Section(
                $"{Mrkdwn.Bold(meeting.Topic)}\n{When(meeting)}",
                meeting.PersonalJoinRef is { } meetingRef
                    ? SlackBlockKit.Button(BotTexts.Card.Join, SlackMeetingCard.JoinActionId, meetingRef)
                    : SlackBlockKit.LinkButton(BotTexts.Card.Join, SlackMeetingCard.JoinActionId, meeting.JoinUrl));
        }

        var more = reply.More + Math.Max(0, reply.Meetings.Count - shown);
        if (more > 0)
        {
            yield return SlackBlockKit.Context(BotTexts.Card.AndMore(more));
        }
    }

    private static string When(MeetingListItem meeting)
    {
        var id = BotTexts.Card.ShortId(Mrkdwn.Escape(meeting.ConferenceId));
        return meeting.IsRunning ? $"{BotTexts.Card.Running} · {id}"
            : meeting.StartsAt is { } start ? $"{Mrkdwn.DateAndTime(start)} · {id}"
            : id;
    }
}
