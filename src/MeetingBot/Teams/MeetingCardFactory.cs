using MeetingBot.AdaptiveCards;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>The Adaptive Cards the bot sends in Teams, one method per card.</summary>
public static class MeetingCardFactory
{
    /// <summary>A meeting's card in its current state: running (Join and the meeting's actions) or ended.</summary>
    public static AdaptiveCard Meeting(MeetingView meeting)
    {
        var facts = new List<Fact>
        {
            new(BotTexts.Card.Owner, Describe(meeting.Owner)),
            new(BotTexts.Card.Invited, meeting.Invitees.Count == 0 ? BotTexts.Card.NobodyInvited : string.Join(", ", meeting.Invitees.Select(Describe))),
            new(BotTexts.Card.State, MeetingCardTexts.State(meeting)),
            new(BotTexts.Card.ConferenceId, meeting.ConferenceId),
        };
        if (meeting.GuestUrl is { } guestUrl && meeting.IsRunning)
        {
            facts.Add(new Fact(BotTexts.Card.GuestLink, guestUrl));
        }

        List<CardElement> body =
        [
            new TextBlock(MeetingCardTexts.Heading(meeting)) { Size = TextSize.Small, IsSubtle = true, Color = meeting.IsRunning ? TextColor.Good : TextColor.Default },
            new TextBlock(meeting.Topic) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.None },
            new FactSet(facts),
            // Not a fact: Teams writes DATE() and TIME() in the reader's own zone and language only inside text blocks.
            new TextBlock($"{BotTexts.Card.Started}: {CardTime.DateAndTime(meeting.StartedAt)}") { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small },
        ];
        if (meeting.Participants is { Count: > 0 } participants)
        {
            body.Add(new TextBlock(BotTexts.Card.WhoIsIn) { Weight = TextWeight.Bolder, Separator = true });
            body.AddRange(MeetingListCards.ParticipantLines(participants));
        }

        if (!string.IsNullOrWhiteSpace(meeting.Note))
        {
            body.Add(new TextBlock(meeting.Note) { IsSubtle = true, Size = TextSize.Small });
        }

        var actions = meeting.IsRunning ? RunningActions(meeting) : [];
        return new AdaptiveCard
        {
            // Whoever opens the card asks for the meeting's current state (Teams, at most once a minute per viewer).
            Refresh = new CardRefresh(Execute("Refresh", MeetingCardVerbs.Refresh, meeting)),
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = Fallback(meeting),
            Speak = MeetingCardTexts.Speak(meeting),
        };
    }

    /// <summary>Join, the meeting page, and the meeting's own actions as far as the backend supports them.</summary>
    private static List<CardAction> RunningActions(MeetingView meeting)
    {
        var actions = new List<CardAction> { JoinAction(meeting) with { Style = ActionStyle.Positive } };
        if (meeting.Actions.OpenHere)
        {
            actions.Add(new SubmitAction(BotTexts.Card.OpenHere, new TaskFetchData(MeetingCardVerbs.OpenHere, meeting.MeetingRef)) { Tooltip = BotTexts.Card.OpenHereTooltip });
        }

        if (meeting.Actions.Invite)
        {
            actions.Add(new ShowCardAction(BotTexts.Card.Invite, new AdaptiveCard
            {
                Body = [new TextInput(MeetingCardVerbs.PeopleInput) { Label = BotTexts.Card.InviteWho, Placeholder = BotTexts.Card.InvitePlaceholder, IsRequired = true, ErrorMessage = BotTexts.Card.InviteRequired }],
                Actions = [Execute(BotTexts.Card.Invite, MeetingCardVerbs.Invite, meeting) with { AssociatedInputs = AssociatedInputs.Auto }],
            }));
        }

        if (meeting.Actions.Participants)
        {
            actions.Add(Execute(BotTexts.Card.ShowParticipants, MeetingCardVerbs.ShowParticipants, meeting));
        }

        if (meeting.Actions.Stop)
        {
            actions.Add(new ShowCardAction(BotTexts.Card.Stop, new AdaptiveCard
            {
                Body = [new TextBlock(BotTexts.Card.StopForEveryone(meeting.Topic))],
                Actions = [Execute(BotTexts.Card.StopTheMeeting, MeetingCardVerbs.Stop, meeting) with { Style = ActionStyle.Destructive }],
            }));
        }

        if (!string.IsNullOrEmpty(meeting.PageUrl) && meeting.PageUrl != meeting.JoinUrl && meeting.PageUrl != meeting.GuestUrl)
        {
            actions.Add(new OpenUrlAction(BotTexts.Card.MeetingPage, meeting.PageUrl) { Tooltip = BotTexts.Card.MeetingPageTooltip });
        }

        return actions;
    }

    /// <summary>
    /// Join: the meeting's address, or — where each person needs a link of their own — a request for one, answered to
    /// the clicker alone (the shared address would admit nobody).
    /// </summary>
    private static CardAction JoinAction(MeetingView meeting) => meeting.Actions.PersonalJoin
        ? Execute(BotTexts.Card.Join, MeetingCardVerbs.Join, meeting) with { Tooltip = BotTexts.Card.JoinOwnLinkTooltip }
        : new OpenUrlAction(BotTexts.Card.Join, meeting.JoinUrl) { Tooltip = BotTexts.Card.JoinInBrowserTooltip };

    private static string Fallback(MeetingView meeting)
    {
        var summary = meeting.IsRunning ? RunningSummary(meeting) : BotTexts.Card.EndedSummary(meeting.Topic);
        return meeting.Participants is { Count: > 0 } participants ? $"{summary}\n{MeetingListCards.ParticipantsFallback(participants)}" : summary;
    }

    private static string RunningSummary(MeetingView meeting) =>
        meeting.Actions.PersonalJoin ? BotTexts.Card.RunningSummaryNoLink(meeting.Topic) : BotTexts.Card.RunningSummary(meeting.Topic, meeting.JoinUrl);

    /// <summary>A person's one-time link: Join opens it, and the card says it is theirs alone and works once.</summary>
    public static AdaptiveCard PersonalLink(PersonalLinkReply link) => new()
    {
        Body =
        [
            new TextBlock(BotTexts.Card.YourLink) { Size = TextSize.Small, IsSubtle = true, Color = TextColor.Good },
            new TextBlock(link.Topic) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.None },
            new TextBlock(BotTexts.Card.PersonalLinkNote(link.InvitedBy, CardTime.Time(link.ExpiresAt))) { Wrap = true },
        ],
        Actions = [new OpenUrlAction(BotTexts.Card.Join, link.Url) { Style = ActionStyle.Positive, Tooltip = BotTexts.Card.JoinInBrowserTooltip }],
        // Never the link itself: notifications and previews show this text.
        FallbackText = BotTexts.Card.YourLinkTo(link.Topic),
    };

    private static ExecuteAction Execute(string title, string verb, MeetingView meeting) =>
        new(title, verb) { Data = new Dictionary<string, string> { [MeetingCardVerbs.MeetingKey] = meeting.MeetingRef }, AssociatedInputs = AssociatedInputs.None };

    /// <summary>The reminder to the owner of a meeting nobody else is in, with Join and Stop.</summary>
    public static AdaptiveCard Forgotten(ForgottenMeetingReply reminder) => new()
    {
        Body =
        [
            new TextBlock(BotTexts.Card.StillRunning) { Size = TextSize.Small, IsSubtle = true, Color = TextColor.Warning },
            new TextBlock(reminder.Text),
        ],
        Actions =
        [
            Execute(BotTexts.Card.StopTheMeeting, MeetingCardVerbs.Stop, reminder.Meeting) with { Style = ActionStyle.Destructive },
            JoinAction(reminder.Meeting),
        ],
        FallbackText = reminder.Text,
    };

    public static AdaptiveCard Help(HelpReply help)
    {
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(help.Intro))
        {
            body.Add(new TextBlock(help.Intro));
        }

        body.Add(new TextBlock(BotTexts.Card.BotName) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading });
        body.Add(new TextBlock(help.Lead) { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new FactSet(help.Commands.Select(example => new Fact(example.Example, example.Description)).ToArray()));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = BotTexts.Card.CommandsFallback(help.Commands.Select(example => example.Example)),
        };
    }

    /// <summary>A one-time sign-in button; the address opens in the browser, where the video backend asks who one is.</summary>
    public static AdaptiveCard SignIn(SignInReply signIn) => SignIn(signIn.Intro, signIn.SignInUrl, signIn.BackendName);

    private static AdaptiveCard SignIn(string intro, string signInUrl, string backend) => new()
    {
        Body =
        [
            new TextBlock(BotTexts.Card.LinkAccount(backend)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(intro) { Spacing = Spacing.Small },
        ],
        Actions = [new OpenUrlAction(BotTexts.Card.SignIn(backend), signInUrl) { Style = ActionStyle.Positive, Tooltip = BotTexts.Card.SignInTooltip(backend) }],
        FallbackText = BotTexts.Card.SignInFallback(intro, signInUrl),
    };

    private static string Describe(PersonSummary person) =>
        !person.IdIsLogin || string.Equals(person.DisplayName, person.ConferenceUserId, StringComparison.OrdinalIgnoreCase)
            ? person.DisplayName
            : $"{person.DisplayName} ({person.ConferenceUserId})";
}
