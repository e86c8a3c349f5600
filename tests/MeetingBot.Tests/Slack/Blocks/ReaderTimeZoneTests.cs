using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using Microsoft.Extensions.Time.Testing;
using static MeetingBot.Tests.Slack.Blocks.SlackTestReplies;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>
/// Slack clients show <c>&lt;!date^…&gt;</c> in each reader's own zone; the fallback text (notifications, old clients)
/// is written by the bot, in the zone of the reader it writes for.
/// </summary>
public sealed class ReaderTimeZoneTests
{
    // 09:00 UTC on 24 November 2026: winter, New York on standard time.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-24T09:00:00Z"));

    [Theory]
    [InlineData("Europe/Moscow", "2026-11-24 12:00 UTC+03:00")]
    [InlineData("Asia/Vladivostok", "2026-11-24 19:00 UTC+10:00")]
    [InlineData("America/New_York", "2026-11-24 04:00 UTC-05:00")]
    public void The_started_time_falls_back_to_the_readers_zone(string zone, string fallback)
    {
        var meeting = Meeting with { StartedAt = _clock.GetUtcNow() };

        using var reader = TextTimeZone.Use(TextTimeZone.Find(zone));
        var fields = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(meeting))).Fields();

        Assert.Equal($"<!date^{_clock.GetUtcNow().ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|{fallback}>", fields["Started"]);
    }

    [Fact]
    public void A_time_of_day_follows_the_zones_daylight_saving_time_and_the_date_line()
    {
        _clock.Advance(TimeSpan.FromDays(200)); // 12 June 2027: New York on daylight saving time
        var joined = _clock.GetUtcNow();

        using (TextTimeZone.Use(TextTimeZone.Find("America/New_York")))
        {
            Assert.EndsWith("|05:00 UTC-04:00>", Mrkdwn.Time(joined));
        }

        // 21:00 in Moscow is already the next day in Vladivostok.
        _clock.Advance(TimeSpan.FromHours(9));
        using (TextTimeZone.Use(TextTimeZone.Find("Europe/Moscow")))
        {
            Assert.EndsWith("|2027-06-12 21:00 UTC+03:00>", Mrkdwn.DateAndTime(_clock.GetUtcNow()));
        }

        using (TextTimeZone.Use(TextTimeZone.Find("Asia/Vladivostok")))
        {
            Assert.EndsWith("|2027-06-13 04:00 UTC+10:00>", Mrkdwn.DateAndTime(_clock.GetUtcNow()));
        }
    }

    [Fact]
    public void Without_a_known_zone_the_fallback_is_utc_and_says_so()
    {
        using var unknown = TextTimeZone.Use(TextTimeZone.Find("Mars/Olympus_Mons"));

        Assert.Equal($"<!date^{_clock.GetUtcNow().ToUnixTimeSeconds()}^{{time}}|09:00 UTC>", Mrkdwn.Time(_clock.GetUtcNow()));
    }
}
