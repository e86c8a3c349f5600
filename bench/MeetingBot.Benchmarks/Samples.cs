using System.Text;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings;

namespace MeetingBot.Benchmarks;

/// <summary>The same inputs the end-to-end benchmark uses (bench/bench.py activity_json).</summary>
internal static class Samples
{
    public const string BotId = "28:meetingbot-app-id";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>A Teams channel message, <c>&lt;at&gt;MeetingBot&lt;/at&gt; {text}</c>, as the Connector posts it.</summary>
    public static byte[] ChannelMessageJson(string text, params (string Id, string Name)[] mentions)
    {
        var extra = new StringBuilder();
        foreach (var (id, name) in mentions)
        {
            extra.Append($$""",{"mentioned":{"id":"{{id}}","name":"{{name}}"},"text":"<at>{{name}}</at>","type":"mention"}""");
        }

        var json = $$$"""
            {"text":"<at>MeetingBot</at> {{{text}}}","textFormat":"plain",
             "attachments":[{"contentType":"text/html","content":"<p><span itemtype=\"http://schema.skype.com/Mention\" itemscope=\"\" itemid=\"0\">MeetingBot</span>&nbsp;{{{text}}}</p>"}],
             "type":"message","timestamp":"2026-03-02T09:15:00.120Z","localTimestamp":"2026-03-02T09:15:00.120Z",
             "id":"1791000000100","channelId":"msteams","serviceUrl":"{{{ServiceUrl}}}",
             "from":{"id":"29:alex-aad","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000a1"},
             "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"tenant-1","id":"19:7ab0c1@thread.tacv2;messageid=1791000000001"},
             "recipient":{"id":"{{{BotId}}}","name":"MeetingBot"},
             "entities":[{"mentioned":{"id":"{{{BotId}}}","name":"MeetingBot"},"text":"<at>MeetingBot</at>","type":"mention"},
                         {"locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin","type":"clientInfo"}{{{extra}}}],
             "channelData":{"teamsChannelId":"19:7ab0c1@thread.tacv2","teamsTeamId":"19:team01@thread.tacv2","channel":{"id":"19:7ab0c1@thread.tacv2"},"team":{"id":"19:team01@thread.tacv2"},"tenant":{"id":"tenant-1"}},
             "locale":"en-US","localTimezone":"Europe/Berlin"}
            """;
        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>What the bot knows after <c>start meeting with kevin</c> against the benchmark's TrueConf stub.</summary>
    public static MeetingView Meeting() => new(
        MeetingRef: "msteams|19:7ab0c1@thread.tacv2;messageid=1|1",
        Topic: "Alex Wilber's meeting",
        Owner: new PersonSummary("Alex Wilber", "alex"),
        Invitees: [new PersonSummary("Kevin Example", "kevin")],
        ConferenceId: "4219111751",
        Phase: MeetingPhase.Running,
        JoinUrl: "https://video.example/webrtc/4219111751",
        PageUrl: "https://video.example/c/4219111751",
        GuestUrl: null,
        BackendName: "TrueConf",
        StartedAt: new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero),
        EndedAt: null,
        ParticipantCount: null,
        Actions: new MeetingActions(Invite: true, Participants: true, Stop: true));
}
