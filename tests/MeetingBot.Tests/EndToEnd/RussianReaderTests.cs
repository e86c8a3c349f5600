using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Russian readers through <c>/api/messages</c>: a <c>ru-RU</c> client is answered in Russian, <c>language en</c>
/// switches that person to English (and <c>язык русский</c> back), and a Russian meeting's shared card stays Russian
/// whoever updates it, while an English clicker is answered in English.
/// </summary>
public sealed class RussianReaderTests
{
    private const string RussianWelcome = "Здравствуйте! Я MeetingBot";

    [Fact]
    public async Task An_install_from_a_russian_client_is_welcomed_in_russian()
    {
        await using var bot = await StartBotAsync();

        await bot.SendAsync(Install(bot, activity => Russian(activity)));

        Assert.Contains(RussianWelcome, Readable(await NextReplyAsync(bot)));
    }

    [Fact]
    public async Task With_russian_as_the_default_an_install_without_a_locale_is_welcomed_in_russian()
    {
        await using var bot = await StartBotAsync(new() { ["MeetingBot:DefaultLanguage"] = "ru" });

        await bot.SendAsync(Install(bot, activity => activity.Remove("locale")));

        Assert.Contains(RussianWelcome, Readable(await NextReplyAsync(bot)));
    }

    [Fact]
    public async Task Language_en_switches_a_russian_client_to_english_and_язык_русский_back()
    {
        await using var bot = await StartBotAsync();

        Assert.Contains("Я пишу вам по-русски.", Readable(await AskAsync(bot, Russian(bot.Message("язык")))));
        Assert.Contains("Done: I'll write to you in English from now on.", Readable(await AskAsync(bot, Russian(bot.Message("language en")))));
        Assert.Contains("I start TrueConf video meetings right from this chat.", Readable(await AskAsync(bot, Russian(bot.Message("help")))));
        Assert.Contains("Готово: теперь я пишу вам по-русски.", Readable(await AskAsync(bot, bot.Message("язык русский"))));
        Assert.Contains("Я начинаю видеовстречи TrueConf прямо из этого чата.", Readable(await AskAsync(bot, bot.Message("help"))));
    }

    [Fact]
    public async Task An_english_admins_stop_of_a_russian_meeting_answers_in_english_while_the_shared_card_stays_russian()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:Admins:0"] = MeetingOnCard.KevinId });
        var meeting = await StartRussianMeetingAsync(bot);

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.stop", MeetingOnCard.KevinId, "Kevin Smith")));

        Assert.StartsWith("Ended", MeetingOnCard.StateOf(await MeetingOnCard.CardOfAsync(answer)));
        var shared = await SharedCardSayingAsync(bot, meeting, "Завершена");
        Assert.DoesNotContain("Ended", shared);
    }

    [Fact]
    public async Task A_refreshed_view_is_in_the_language_of_whoever_opens_the_card()
    {
        await using var bot = await BotHarness.StartAsync();
        var russianMeeting = await StartRussianMeetingAsync(bot);

        var english = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(
            await bot.SendAsync(russianMeeting.Click(bot, "meeting.refresh", MeetingOnCard.KevinId, "Kevin Smith"))));
        var russian = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(
            await bot.SendAsync(Russian(russianMeeting.Click(bot, "meeting.refresh", MeetingOnCard.KevinId, "Kevin Smith")))));

        Assert.StartsWith("🟢 Running", MeetingOnCard.StateOf(english));
        Assert.Contains(FactValues(russian), value => value.StartsWith("🟢 Идёт", StringComparison.Ordinal));
        Assert.DoesNotContain(FactValues(russian), value => value.Contains("Running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_watcher_turns_a_russian_meetings_card_to_ended_in_russian()
    {
        var clock = new WatcherClock(DateTimeOffset.UtcNow);
        await using var bot = await BotHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(clock));
        var meeting = await StartRussianMeetingAsync(bot);

        Assert.True(bot.TrueConf.StopConference(meeting.ConferenceId));
        clock.Advance(TimeSpan.FromSeconds(15));

        var shared = await SharedCardSayingAsync(bot, meeting, "Завершена");
        Assert.DoesNotContain("Ended", shared);
    }

    private static async Task<MeetingOnCard> StartRussianMeetingAsync(BotHarness bot)
    {
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        bot.Connector.AddMember(MeetingOnCard.KevinId, "Kevin Smith", "kevin.smith@corp.contoso.example");
        var message = Russian(bot.Message("начать встречу \"Планёрка\" с kevin"));
        await bot.SendAsync(message);
        var card = await bot.Connector.NextMessageAsync();
        Assert.Contains("Идёт", Readable(card));
        var requestKey = $"msteams|{TestActivities.ConversationId}|{message["id"]}";
        var stored = await MeetingOnCard.StoredAsync(bot.App.Services, requestKey);
        Assert.Equal("ru", stored.Language);
        return new MeetingOnCard(requestKey, stored.ConferenceId, card.ReturnedId!);
    }

    /// <summary>The shared card's newest PUT once it says <paramref name="text"/>, as readable JSON (Cyrillic unescaped).</summary>
    private static async Task<string> SharedCardSayingAsync(BotHarness bot, MeetingOnCard meeting, string text)
    {
        for (var waited = 0; waited < 400; waited++)
        {
            if (meeting.CardUpdates(bot).Select(Readable).LastOrDefault(json => json.Contains(text, StringComparison.Ordinal)) is { } update)
            {
                return update;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"the shared card never said '{text}': {string.Join(" | ", meeting.CardUpdates(bot).Select(Readable))}");
    }

    private static JsonObject Install(BotHarness bot, Action<JsonObject> shape)
    {
        var activity = bot.Message("");
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity["id"] = TestActivities.NewId();
        activity.Remove("text");
        activity.Remove("entities");
        shape(activity);
        return activity;
    }

    private static string[] FactValues(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(element => (string?)element["type"] == "FactSet")
            .SelectMany(set => set["facts"]!.AsArray().OfType<JsonObject>()).Select(fact => (string?)fact["value"] ?? string.Empty).ToArray();

    private static JsonObject Russian(JsonObject activity)
    {
        activity["locale"] = "ru-RU";
        return activity;
    }
}
