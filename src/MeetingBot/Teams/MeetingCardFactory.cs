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
            new("Owner", Describe(meeting.Owner)),
            new("Invited", meeting.Invitees.Count == 0 ? "Nobody yet" : string.Join(", ", meeting.Invitees.Select(Describe))),
            new("State", MeetingCardTexts.State(meeting)),
            new("Conference ID", meeting.ConferenceId),
        };
        if (meeting.GuestUrl is { } guestUrl && meeting.IsRunning)
        {
            facts.Add(new Fact("Guest link", guestUrl));
        }

        List<CardElement> body =
        [
            new TextBlock(MeetingCardTexts.Heading(meeting)) { Size = TextSize.Small, IsSubtle = true, Color = meeting.IsRunning ? TextColor.Good : TextColor.Default },
            new TextBlock(meeting.Topic) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.None },
            new FactSet(facts),
        ];
        if (!string.IsNullOrWhiteSpace(meeting.Note))
        {
            body.Add(new TextBlock(meeting.Note) { IsSubtle = true, Size = TextSize.Small });
        }

        var actions = new List<CardAction>();
        if (meeting.IsRunning)
        {
            actions.Add(new OpenUrlAction("Join", meeting.JoinUrl) { Style = ActionStyle.Positive, Tooltip = "Open the meeting in your browser" });
            if (!string.IsNullOrEmpty(meeting.PageUrl) && meeting.PageUrl != meeting.JoinUrl)
            {
                actions.Add(new OpenUrlAction("Meeting page", meeting.PageUrl) { Tooltip = "Open the conference page with other ways to join" });
            }
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = meeting.IsRunning ? $"{meeting.Topic} is running. Join: {meeting.JoinUrl}" : $"{meeting.Topic} has ended.",
            Speak = meeting.IsRunning ? $"{meeting.Topic} has started." : $"{meeting.Topic} has ended.",
        };
    }

    public static AdaptiveCard Help(HelpReply help)
    {
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(help.Intro))
        {
            body.Add(new TextBlock(help.Intro));
        }

        body.Add(new TextBlock("MeetingBot") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading });
        body.Add(new TextBlock(help.Lead) { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new FactSet(help.Commands.Select(example => new Fact(example.Example, example.Description)).ToArray()));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = "MeetingBot commands: " + string.Join("; ", help.Commands.Select(example => example.Example)),
        };
    }

    /// <summary>A one-time sign-in button; the address opens in the browser, where the video backend asks who one is.</summary>
    public static AdaptiveCard SignIn(SignInReply signIn) => SignIn(signIn.Intro, signIn.SignInUrl, signIn.BackendName);

    private static AdaptiveCard SignIn(string intro, string signInUrl, string backend) => new()
    {
        Body =
        [
            new TextBlock($"Link your {backend} account") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(intro) { Spacing = Spacing.Small },
        ],
        Actions = [new OpenUrlAction($"Sign in to {backend}", signInUrl) { Style = ActionStyle.Positive, Tooltip = $"Opens {backend}'s sign-in page in your browser" }],
        FallbackText = $"{intro} Sign in: {signInUrl}",
    };

    private static string Describe(PersonSummary person) =>
        string.Equals(person.DisplayName, person.ConferenceUserId, StringComparison.OrdinalIgnoreCase)
            ? person.DisplayName
            : $"{person.DisplayName} ({person.ConferenceUserId})";
}
