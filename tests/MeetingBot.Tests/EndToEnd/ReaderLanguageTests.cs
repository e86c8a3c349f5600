using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Which language a Teams reader gets, through <c>/api/messages</c>: their own choice, else the activity's locale,
/// else <c>MeetingBot:DefaultLanguage</c>; a meeting keeps its starter's language for everything written about it later.
/// </summary>
public sealed class ReaderLanguageTests
{
    [Fact]
    public async Task A_meeting_started_from_a_russian_client_is_a_russian_meeting()
    {
        await using var bot = await StartBotAsync();

        var meeting = await StartMeetingAsync(bot, Russian(bot.Message("start meeting with kevin")));

        Assert.Equal("ru", (await StoredAsync(bot, meeting)).Language);
    }

    [Fact]
    public async Task A_reader_whose_locale_the_bot_does_not_speak_gets_the_default_language()
    {
        await using var bot = await StartBotAsync(new() { ["MeetingBot:DefaultLanguage"] = "ru" });

        var message = bot.Message("start meeting with kevin");
        message.Remove("locale");
        var localeless = await StartMeetingAsync(bot, message);
        var german = bot.Message("start meeting with dean");
        german["locale"] = "de-DE";
        var inGerman = await StartMeetingAsync(bot, german);
        var inEnglish = await StartMeetingAsync(bot, bot.Message("start meeting with helen"));

        Assert.Equal("ru", (await StoredAsync(bot, localeless)).Language);
        Assert.Equal("ru", (await StoredAsync(bot, inGerman)).Language);
        Assert.Equal("en", (await StoredAsync(bot, inEnglish)).Language);
    }

    [Fact]
    public async Task A_chosen_language_beats_the_locale_and_needs_no_linked_account()
    {
        await using var bot = await StartBotAsync();
        // Chosen before Alex has any link (the e-mail match below links nobody: it is not stored).
        await bot.App.Services.GetRequiredService<IUserLanguageStore>().SetLanguageAsync("msteams", TestActivities.AlexId, "ru", CancellationToken.None);
        Assert.Null(await bot.App.Services.GetRequiredService<IUserLinkStore>().FindAsync("msteams", TestActivities.AlexId, CancellationToken.None));

        var meeting = await StartMeetingAsync(bot, bot.Message("start meeting with kevin")); // locale en-US

        Assert.Equal("ru", (await StoredAsync(bot, meeting)).Language);
    }

    private static System.Text.Json.Nodes.JsonObject Russian(System.Text.Json.Nodes.JsonObject activity)
    {
        activity["locale"] = "ru-RU";
        return activity;
    }

    private static async Task<MeetingRecord> StoredAsync(BotHarness bot, StartedMeeting meeting) =>
        (await bot.App.Services.GetRequiredService<IMeetingStore>().FindByRequestKeyAsync(meeting.RequestKey, CancellationToken.None))!;
}
