using MeetingBot.Meetings;

namespace MeetingBot.Slack.Blocks;

/// <summary>A meeting as a Slack message: the same facts and actions as its Teams card, drawn with Block Kit.</summary>
internal static class SlackMeetingCard
{
    /// <summary>
    /// The action id of every Join button: as a link the click only needs an acknowledgement; as a request for a
    /// personal link (with the meeting as value) it is the card verb.
    /// </summary>
    public const string JoinActionId = MeetingCardVerbs.Join;

    public const string PageActionId = "meeting.page";

    /// <summary>Running: the facts, Join and the actions the backend can do. Ended: the facts only.</summary>
    public static SlackMessage Meeting(MeetingView meeting)
    {
        var blocks = new List<SlackBlock>
        {
            SlackBlockKit.Context(MeetingCardTexts.Heading(meeting)),
            SlackBlockKit.Header(meeting.Topic),
            SlackBlockKit.Fields(Facts(meeting)),
        };
        if (meeting.Participants is { Count: > 0 } participants)
        {
            blocks.Add(SlackBlockKit.Section($"*{BotTexts.Card.WhoIsIn}*"));
            blocks.AddRange(SlackParticipantLines.Sections(participants, maxSections: 3));
        }

        if (!string.IsNullOrWhiteSpace(meeting.Note))
        {
            blocks.Add(SlackBlockKit.Context(Mrkdwn.FromBotText(meeting.Note)));
        }

        if (meeting.IsRunning)
        {
            blocks.Add(SlackBlockKit.Actions(RunningButtons(meeting)));
            if (meeting.Actions.Invite)
            {
                blocks.Add(SlackBlockKit.EnterInput(
                    SlackCardActions.InviteBlockId(meeting), BotTexts.Card.Invite, MeetingCardVerbs.Invite, BotTexts.Card.InvitePlaceholder));
            }
        }

        var fallback = meeting.IsRunning
            ? meeting.Actions.PersonalJoin ? BotTexts.Card.RunningSummaryNoLink(Mrkdwn.Escape(meeting.Topic)) : BotTexts.Card.RunningSummary(Mrkdwn.Escape(meeting.Topic), meeting.JoinUrl)
            : BotTexts.Card.EndedSummary(Mrkdwn.Escape(meeting.Topic));
        return SlackBlockKit.Message(fallback, blocks);
    }

    /// <summary>The reminder to the owner of a meeting nobody else is in: its words, Stop (when the backend can) and Join.</summary>
    public static SlackMessage Forgotten(ForgottenMeetingReply reminder)
    {
        var meeting = reminder.Meeting;
        var buttons = new List<SlackElement>();
        if (meeting.Actions.Stop)
        {
            buttons.Add(StopButton(meeting));
        }

        buttons.Add(JoinButton(meeting, style: null));
        var text = Mrkdwn.FromBotText(reminder.Text);
        return SlackBlockKit.Message(text,
        [
            SlackBlockKit.Context(BotTexts.Card.StillRunning),
            SlackBlockKit.Section(text),
            SlackBlockKit.Actions(buttons),
        ]);
    }

    private static IEnumerable<string> Facts(MeetingView meeting)
    {
        yield return Mrkdwn.Field(BotTexts.Card.Owner, Mrkdwn.Escape(meeting.Owner.DisplayName));
        yield return Mrkdwn.Field(BotTexts.Card.Invited, Invitees(meeting.Invitees));
        yield return Mrkdwn.Field(BotTexts.Card.State, MeetingCardTexts.State(meeting));
        yield return Mrkdwn.Field(BotTexts.Card.Started, Mrkdwn.DateAndTime(meeting.StartedAt));
        yield return Mrkdwn.Field(BotTexts.Card.ConferenceId, Mrkdwn.Escape(meeting.ConferenceId));
        if (meeting.GuestUrl is { } guestUrl && meeting.IsRunning)
        {
            yield return Mrkdwn.Field(BotTexts.Card.GuestLink, Mrkdwn.Link(guestUrl));
        }
    }

    private static string Invitees(IReadOnlyList<PersonSummary> invitees)
    {
        if (invitees.Count == 0)
        {
            return BotTexts.Card.NobodyInvited;
        }

        var names = invitees.Select(person => Mrkdwn.Escape(Describe(person))).ToArray();
        var room = SlackBlockKit.FieldText - BotTexts.Card.Invited.Length - 3;
        return SlackBlockKit.JoinWhileFits(names, ", ", room, BotTexts.Card.AndMore);
    }

    /// <summary>Name and login as the Teams card shows them, but never a login that is an e-mail address.</summary>
    private static string Describe(PersonSummary person) =>
        !person.IdIsLogin || string.Equals(person.DisplayName, person.ConferenceUserId, StringComparison.OrdinalIgnoreCase) || person.ConferenceUserId.Contains('@')
            ? person.DisplayName
            : $"{person.DisplayName} ({person.ConferenceUserId})";

    private static List<SlackElement> RunningButtons(MeetingView meeting)
    {
        var buttons = new List<SlackElement> { JoinButton(meeting, ButtonStyle.Primary) };
        if (meeting.Actions.Participants)
        {
            buttons.Add(SlackBlockKit.Button(BotTexts.Card.ShowParticipants, MeetingCardVerbs.ShowParticipants, meeting.MeetingRef));
        }

        if (meeting.Actions.Stop)
        {
            buttons.Add(StopButton(meeting));
        }

        if (!string.IsNullOrEmpty(meeting.PageUrl) && meeting.PageUrl != meeting.JoinUrl && meeting.PageUrl != meeting.GuestUrl)
        {
            buttons.Add(SlackBlockKit.LinkButton(BotTexts.Card.MeetingPage, PageActionId, meeting.PageUrl));
        }

        return buttons;
    }

    /// <summary>
    /// Join: a link to the meeting, or — where each person needs a link of their own — a button asking for one (the
    /// same action id, with the meeting as its value), answered to the clicker alone.
    /// </summary>
    private static ButtonElement JoinButton(MeetingView meeting, ButtonStyle? style) => meeting.Actions.PersonalJoin
        ? SlackBlockKit.Button(BotTexts.Card.Join, JoinActionId, meeting.MeetingRef, style)
        : SlackBlockKit.LinkButton(BotTexts.Card.Join, JoinActionId, meeting.JoinUrl, style);

    private static ButtonElement StopButton(MeetingView meeting) =>
        SlackBlockKit.Button(BotTexts.Card.Stop, MeetingCardVerbs.Stop, meeting.MeetingRef, ButtonStyle.Danger, SlackBlockKit.Confirm(
            BotTexts.Card.StopTheMeeting,
            Mrkdwn.FromBotText(BotTexts.Card.StopForEveryone(meeting.Topic)),
            BotTexts.Card.StopTheMeeting,
            BotTexts.Card.Cancel,
            ButtonStyle.Danger));
}
