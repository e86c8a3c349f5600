using MeetingBot.AdaptiveCards;
using MeetingBot.Commands;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>The Adaptive Cards the bot sends in Teams, one method per card.</summary>
public static class MeetingCardFactory
{
    public static AdaptiveCard MeetingRunning(MeetingSummary meeting)
    {
        var invited = meeting.Invitees.Count == 0 ? "Nobody yet" : string.Join(", ", meeting.Invitees.Select(Describe));
        var facts = new List<Fact>
        {
            new("Owner", Describe(meeting.Owner)),
            new("Invited", invited),
            new("State", meeting.IsRunning ? "🟢 Running" : "Stopped"),
            new("Conference ID", meeting.ConferenceId),
        };
        var actions = new List<CardAction> { new OpenUrlAction("Join", meeting.JoinUrl) { Style = ActionStyle.Positive, Tooltip = "Open the meeting in your browser" } };
        if (!string.IsNullOrEmpty(meeting.PageUrl) && meeting.PageUrl != meeting.JoinUrl)
        {
            actions.Add(new OpenUrlAction("Meeting page", meeting.PageUrl) { Tooltip = "Open the conference page with other ways to join" });
        }

        List<CardElement> body =
        [
            new TextBlock($"{meeting.BackendName} meeting started") { Size = TextSize.Small, IsSubtle = true, Color = TextColor.Good },
            new TextBlock(meeting.Topic) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.None },
            new FactSet(facts),
        ];
        if (!string.IsNullOrWhiteSpace(meeting.Note))
        {
            body.Add(new TextBlock(meeting.Note) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = $"{meeting.Topic} is running. Join: {meeting.JoinUrl}",
            Speak = $"{meeting.Topic} has started.",
        };
    }

    public static AdaptiveCard Help(string? intro)
    {
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(intro))
        {
            body.Add(new TextBlock(intro));
        }

        body.Add(new TextBlock("MeetingBot") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading });
        body.Add(new TextBlock("I start TrueConf video meetings right from this chat. Try:") { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new FactSet(CommandCatalog.Examples.Select(example => new Fact(example.Example, example.Description)).ToArray()));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = "MeetingBot commands: " + string.Join("; ", CommandCatalog.Examples.Select(example => example.Example)),
        };
    }

    /// <summary>A one-time sign-in button; the address opens in the browser, where the video backend asks who one is.</summary>
    public static AdaptiveCard SignIn(string intro, string signInUrl) => new()
    {
        Body =
        [
            new TextBlock("Link your TrueConf account") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(intro) { Spacing = Spacing.Small },
        ],
        Actions = [new OpenUrlAction("Sign in to TrueConf", signInUrl) { Style = ActionStyle.Positive, Tooltip = "Opens TrueConf Server's sign-in page in your browser" }],
        FallbackText = $"{intro} Sign in: {signInUrl}",
    };

    private static string Describe(PersonSummary person) =>
        string.Equals(person.DisplayName, person.ConferenceUserId, StringComparison.OrdinalIgnoreCase)
            ? person.DisplayName
            : $"{person.DisplayName} ({person.ConferenceUserId})";
}
