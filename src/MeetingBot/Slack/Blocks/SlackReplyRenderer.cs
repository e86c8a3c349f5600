using MeetingBot.Meetings;

namespace MeetingBot.Slack.Blocks;

/// <summary>Draws a channel-neutral reply as a Slack message (Block Kit), with the same facts, buttons and words as in Teams.</summary>
public static class SlackReplyRenderer
{
    public static SlackMessage Render(BotReply reply) => reply switch
    {
        MeetingCardReply card => SlackMeetingCard.Meeting(card.Meeting),
        ForgottenMeetingReply forgotten => SlackMeetingCard.Forgotten(forgotten),
        ParticipantsReply participants => Participants(participants),
        MeetingListReply list => SlackMeetingList.Message(list),
        HelpReply help => Help(help),
        SignInReply signIn => SignIn(signIn),
        NoticeReply notice => Notice(notice),
        PersonalLinkReply link => PersonalLink(link),
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    /// <summary>A person's one-time link, behind a Join button only: the text (shown in notifications) never carries it.</summary>
    private static SlackMessage PersonalLink(PersonalLinkReply link)
    {
        var note = Mrkdwn.FromBotText(BotTexts.Card.PersonalLinkNote(link.InvitedBy, Mrkdwn.Time(link.ExpiresAt)));
        return SlackBlockKit.Message(Mrkdwn.Escape(BotTexts.Card.YourLinkTo(link.Topic)),
        [
            SlackBlockKit.Context(BotTexts.Card.YourLink),
            SlackBlockKit.Header(link.Topic),
            SlackBlockKit.Section(note),
            SlackBlockKit.Actions([SlackBlockKit.LinkButton(BotTexts.Card.Join, PersonalJoinActionId, link.Url, ButtonStyle.Primary)]),
        ]);
    }

    /// <summary>The personal link's button opens the meeting; its click needs only an acknowledgement.</summary>
    internal const string PersonalJoinActionId = "meeting.join_link";

    private static SlackMessage Notice(NoticeReply notice)
    {
        var text = notice.Kind switch
        {
            NoticeKind.Problem => "⚠️ ",
            NoticeKind.Success => "✅ ",
            _ => "",
        } + Mrkdwn.FromBotText(notice.Text);
        return SlackBlockKit.Message(text, [SlackBlockKit.Section(text)]);
    }

    private static SlackMessage Participants(ParticipantsReply reply)
    {
        var inCall = reply.Participants.Count(person => person.State == Conferencing.ParticipantState.InCall);
        return SlackBlockKit.Message(
            $"{Mrkdwn.Escape(reply.Topic)}: " + string.Join("; ", reply.Participants.Select(person =>
                $"{Mrkdwn.Escape(person.DisplayName)} ({SlackParticipantLines.StateText(person)})")),
            [
                SlackBlockKit.Context(BotTexts.Card.WhoIsInCount(inCall)),
                SlackBlockKit.Header(reply.Topic),
                .. SlackParticipantLines.Sections(reply.Participants, SlackBlockKit.MessageBlocks - 2),
            ]);
    }

    private static SlackMessage Help(HelpReply help)
    {
        var blocks = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(help.Intro))
        {
            blocks.Add(SlackBlockKit.Section(Mrkdwn.FromBotText(help.Intro)));
        }

        blocks.Add(SlackBlockKit.Header(BotTexts.Card.BotName));
        blocks.AddRange(HowTo(help, SlackBlockKit.MessageBlocks - blocks.Count));
        return SlackBlockKit.Message(Mrkdwn.FromBotText(help.Lead) + " " + string.Join("; ", help.Commands.Select(example => example.Example)), blocks);
    }

    /// <summary>The lead, then one bullet per example: <c>• `start meeting` — Starts a meeting…</c>.</summary>
    internal static IEnumerable<SlackBlock> HowTo(HelpReply help, int maxBlocks) =>
    [
        SlackBlockKit.Context(Mrkdwn.FromBotText(help.Lead)),
        .. SlackBlockKit.Lines(
            help.Commands.Select(example => $"• `{example.Example}` — {example.Description}").ToArray(),
            maxBlocks - 1,
            BotTexts.Card.AndMore),
    ];

    private static SlackMessage SignIn(SignInReply signIn)
    {
        var intro = Mrkdwn.FromBotText(signIn.Intro);
        return SlackBlockKit.Message($"{intro} {signIn.SignInUrl}",
        [
            SlackBlockKit.Header(BotTexts.Card.LinkAccount(signIn.BackendName)),
            SlackBlockKit.Section(intro),
            SlackBlockKit.Actions([SlackBlockKit.LinkButton(BotTexts.Card.SignIn(signIn.BackendName), SignInActionId, signIn.SignInUrl, ButtonStyle.Primary)]),
        ]);
    }

    /// <summary>The sign-in button opens a page; its click needs only an acknowledgement.</summary>
    internal const string SignInActionId = "account.sign_in";
}
