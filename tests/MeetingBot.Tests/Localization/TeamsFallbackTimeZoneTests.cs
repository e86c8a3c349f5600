using MeetingBot.AdaptiveCards;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Teams;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Localization;

/// <summary>
/// Teams cards carry times as <c>TIME()</c>/<c>DATE()</c> for each reader's client; the fallback text is written by the
/// bot, in the zone of whom it is for, naming the zone.
/// </summary>
public sealed class TeamsFallbackTimeZoneTests
{
    // 09:00 UTC on 24 November 2026: winter, New York on standard time.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-24T09:00:00Z"));

    [Theory]
    [InlineData("Europe/Moscow", "Planning (2026-11-25 12:00 UTC+03:00)")]
    [InlineData("Asia/Vladivostok", "Planning (2026-11-25 19:00 UTC+10:00)")]
    [InlineData("America/New_York", "Planning (2026-11-25 04:00 UTC-05:00)")]
    public void An_upcoming_meeting_in_the_list_falls_back_to_the_readers_date_and_time(string zone, string expected)
    {
        var tomorrow = _clock.GetUtcNow().AddDays(1);
        var list = new MeetingListReply("TrueConf", [new MeetingListItem("Planning", "4219111751", IsRunning: false, tomorrow, "https://video.example/c/1")], 0);

        using var reader = TextTimeZone.Use(TextTimeZone.Find(zone));
        var card = TeamsReplyRenderer.CardFor(list);

        Assert.Equal($"{expected}: https://video.example/c/1", card.FallbackText);
        Assert.Contains(Texts(card.Body), text => text.StartsWith("{{DATE(2026-11-25T09:00:00Z, SHORT)}} {{TIME(2026-11-25T09:00:00Z)}}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Europe/Moscow", "12:00 UTC+03:00")]
    [InlineData("Asia/Vladivostok", "19:00 UTC+10:00")]
    [InlineData("America/New_York", "04:00 UTC-05:00")]
    public void Who_is_in_falls_back_to_the_readers_time(string zone, string expected)
    {
        var who = new ParticipantsReply("Planning", "4219111751",
            [new ConferenceParticipant("dean", "Dean Novak", ParticipantState.InCall, _clock.GetUtcNow())]);

        using var reader = TextTimeZone.Use(TextTimeZone.Find(zone));
        var card = TeamsReplyRenderer.CardFor(who);

        Assert.Equal($"Planning: Dean Novak (in the call since {expected})", card.FallbackText);
        Assert.Contains("**Dean Novak** · in the call since {{TIME(2026-11-24T09:00:00Z)}}", Texts(card.Body));
    }

    /// <summary>The text of every text block, also inside columns.</summary>
    private static IEnumerable<string> Texts(IEnumerable<CardElement> elements) => elements.SelectMany(element => element switch
    {
        TextBlock block => [block.Text],
        ColumnSet set => set.Columns.SelectMany(column => Texts(column.Items)),
        _ => [],
    });
}
