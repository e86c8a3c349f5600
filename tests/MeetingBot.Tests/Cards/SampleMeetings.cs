using MeetingBot.Conferencing;
using MeetingBot.Meetings;

namespace MeetingBot.Tests.Cards;

/// <summary>The running meeting the card and message tests draw, with their own names and people.</summary>
internal static class SampleMeetings
{
    public static readonly ConferencingCapabilities Backend = new("TrueConf", true, true, true, true, false);

    public static readonly DateTimeOffset StartedAt = DateTimeOffset.Parse("2026-11-24T09:00:00Z");

    public static MeetingView Running(string requestKey, string topic, PersonSummary owner, params PersonSummary[] invitees) => new(
        requestKey,
        topic,
        owner,
        invitees,
        "4219111751",
        MeetingPhase.Running,
        "https://video.example/webrtc/4219111751",
        "https://video.example/c/4219111751",
        null,
        "TrueConf",
        StartedAt,
        null,
        null,
        MeetingActions.For(Backend));
}
