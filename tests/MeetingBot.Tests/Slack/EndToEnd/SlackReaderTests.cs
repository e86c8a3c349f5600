using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>
/// A Slack reader's language and time zone come from <c>users.info</c> (its <c>locale</c> and <c>tz</c>), asked once
/// per person and cached, not once per command.
/// </summary>
public sealed class SlackReaderTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_russian_reader_in_vladivostok_starts_a_russian_meeting_whose_card_falls_back_to_their_time()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.AddUser(SlackHarness.Alex, "alex", "alexw@contoso.example", realName: "Alex Wilber", tz: "Asia/Vladivostok", locale: "ru-RU");

        var (card, _) = await bot.StartMeetingAsync("with dean");

        var meeting = await bot.App.Services.GetRequiredService<IMeetingStore>()
            .FindLatestInConversationAsync("slack", SlackHarness.Channel, CancellationToken.None);
        Assert.Equal("ru", meeting!.Language);
        var started = meeting.StartedAt.ToUnixTimeSeconds();
        var local = TimeZoneInfo.ConvertTime(meeting.StartedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Vladivostok"));
        Assert.Contains($"<!date^{started}^{{date_short_pretty}} {{time}}|{local:yyyy-MM-dd HH:mm} UTC+10:00>", SlackMessageQuery.AllText(card));
    }

    [Fact]
    public async Task The_readers_locale_and_zone_cost_no_slack_call_per_command()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.AddUser(SlackHarness.Alex, "alex", "alexw@contoso.example", realName: "Alex Wilber", tz: "America/New_York", locale: "ru-RU");

        await bot.StartMeetingAsync("with dean", "first");
        await bot.StartMeetingAsync("with kevin", "second");
        await bot.StartMeetingAsync("", "third");

        Assert.Single(bot.Slack.CallsTo("users.info"), call => call.Arg("user") == SlackHarness.Alex);
        var meetings = bot.App.Services.GetRequiredService<IMeetingStore>();
        Assert.Equal("ru", (await meetings.FindLatestInConversationAsync("slack", SlackHarness.Channel, CancellationToken.None))!.Language);
    }
}
