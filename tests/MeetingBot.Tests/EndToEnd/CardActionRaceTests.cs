using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Repeated and concurrent clicks on a meeting's card: Teams resending the same invoke, a double-clicked Stop and
/// several people inviting at once. The conference is stopped once and every invite lands, on the server and on the card.
/// </summary>
public sealed class CardActionRaceTests
{
    [Fact]
    public async Task The_same_Stop_invoke_twice_stops_once_and_gets_equal_answers()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        var stop = meeting.Click(bot, "meeting.stop");

        var first = await bot.SendAsync(stop);
        var second = await bot.SendAsync(stop);

        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Contains("Ended", firstBody);
        Assert.Single(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceStop);
    }

    [Fact]
    public async Task A_double_clicked_Stop_stops_once_and_both_clicks_see_Ended()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        var answers = await Task.WhenAll(
            bot.SendAsync(meeting.Click(bot, "meeting.stop")), bot.SendAsync(meeting.Click(bot, "meeting.stop")));

        foreach (var answer in answers)
        {
            var card = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(answer));
            Assert.StartsWith("Ended", MeetingOnCard.StateOf(card));
            Assert.DoesNotContain("Join", MeetingOnCard.ActionTitles(card));
        }

        Assert.Single(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceStop);
        await meeting.CardUpdateAsync(bot, "Ended");
        await Task.Delay(300);
        Assert.Single(meeting.CardUpdates(bot), update => MeetingOnCard.StateOf(update.Card)!.StartsWith("Ended", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_people_invited_at_once_from_the_card_are_all_called_and_all_listed_on_the_last_card()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        string[] logins = ["dean", "helen", "maria", "megan", "adele"];
        string[] names = ["Dean Novak", "Helen Carter", "Maria Garcia", "Megan Bowen", "Adele Vance"];

        var answers = await Task.WhenAll(logins.Select(login => bot.SendAsync(meeting.Click(bot, "meeting.invite", people: login))));

        for (var i = 0; i < answers.Length; i++)
        {
            var card = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(answers[i]));
            Assert.Contains($"Invited **{names[i]}**", card.ToJsonString(), StringComparison.Ordinal);
        }

        var called = bot.TrueConf.FindConference(meeting.ConferenceId)!.Participants.Select(person => person.UserId).ToArray();
        Assert.All(logins, login => Assert.Contains(login, called));

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < until && !names.All(name => meeting.CardUpdates(bot).LastOrDefault()?.JsonText.Contains(name, StringComparison.Ordinal) == true))
        {
            await Task.Delay(25);
        }

        await Task.Delay(300); // a late PUT of a shorter list would show here
        var last = meeting.CardUpdates(bot)[^1];
        var invited = Invited(last);
        Assert.All(names.Append("Kevin Smith"), name => Assert.Contains(name, invited));
    }

    private static string Invited(RecordedCall update) =>
        update.Card!["body"]!.AsArray().Where(element => (string?)element!["type"] == "FactSet")
            .SelectMany(set => set!["facts"]!.AsArray()).Single(fact => (string?)fact!["title"] == "Invited")!["value"]!.GetValue<string>();
}
