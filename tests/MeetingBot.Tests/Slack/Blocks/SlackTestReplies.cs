using MeetingBot.Conferencing;
using MeetingBot.Meetings;
using MeetingBot.Tests.Cards;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>The replies the Slack tests draw: the same meeting the Teams card tests draw.</summary>
internal static class SlackTestReplies
{
    public static readonly ConferencingCapabilities Backend = SampleMeetings.Backend;

    public static readonly MeetingView Meeting = SampleMeetings.Running(
        "slack|T0AAA|C0BBB|1767225601.000200", "Design review", new PersonSummary("Alex Wilber", "alex"),
        new PersonSummary("Kevin Smith", "kevin"), new PersonSummary("dean", "dean"));

    public static readonly MeetingView Ended = Meeting with { Phase = MeetingPhase.Ended, EndedAt = Meeting.StartedAt.AddMinutes(23) };

    public static readonly ConferenceParticipant[] People =
    [
        new("kevin", "Kevin Smith", ParticipantState.BeingCalled, null),
        new("dean", "dean", ParticipantState.Invited, null),
        new("alex", "Alex Wilber", ParticipantState.InCall, DateTimeOffset.Parse("2026-11-24T09:01:00Z")),
    ];

    public static MeetingListReply List(int count, int more = 0) => new("TrueConf",
        Enumerable.Range(0, count).Select(index => index % 2 == 0
            ? new MeetingListItem($"Meeting {index}", $"42{index}", true, null, $"https://video.example/webrtc/42{index}")
            : new MeetingListItem($"Meeting {index}", $"42{index}", false, Meeting.StartedAt.AddDays(index), $"https://video.example/webrtc/42{index}"))
        .ToArray(), more);

    public static readonly SignInReply SignIn = new("Sign in to TrueConf so I know your account.", "https://meetingbot.example/auth/trueconf/start?state=abc", "TrueConf");

    /// <summary>Every reply type, by name, for the tests that hold for all of them.</summary>
    public static BotReply Named(string name) => name switch
    {
        "running" => new MeetingCardReply(Meeting),
        "running with guests" => new MeetingCardReply(Meeting with { GuestUrl = "https://video.example/c/4219111751?guest=1" }),
        "running with participants" => new MeetingCardReply(Meeting with { Participants = People, Note = "Invited **dean**." }),
        "ended" => new MeetingCardReply(Ended),
        "forgotten" => new ForgottenMeetingReply(Meeting, BotTexts.ForgottenMeeting(Meeting.Topic, TimeSpan.FromMinutes(61))),
        "participants" => new ParticipantsReply("Design review", "4219111751", People),
        "meeting list" => List(2, more: 3),
        "help" => HelpHandler.For(Backend, null),
        "help after unknown" => HelpHandler.For(Backend, BotTexts.Unknown),
        "sign in" => SignIn,
        "notice" => new NoticeReply(NoticeKind.Success, BotTexts.Stopped("Design review")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static TheoryData<string> Names =>
        ["running", "running with guests", "running with participants", "ended", "forgotten", "participants", "meeting list", "help", "help after unknown", "sign in", "notice"];

    public static TheoryData<string, string> NamesInEveryLanguage
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var language in MeetingBot.Localization.Languages.Discover())
            {
                foreach (var name in Names)
                {
                    data.Add(name, language.Code);
                }
            }

            return data;
        }
    }
}
