using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>One welcome card per install, however Teams announces it; <c>help</c> lists every command with an example.</summary>
public sealed class MeetingWelcomeAndHelpTests
{
    [Fact]
    public async Task An_install_announced_twice_gets_one_welcome_card_with_examples()
    {
        await using var bot = await StartBotAsync();

        await bot.SendAsync(Install(bot, "installationUpdate", activity => activity["action"] = "add"));
        await bot.SendAsync(Install(bot, "conversationUpdate", activity => activity["membersAdded"] = new JsonArray
        {
            new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        }));
        var welcome = await NextReplyAsync(bot);

        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromSeconds(1)), "a second welcome was sent");
        Assert.Single(bot.Connector.Delivered);
        Assert.Contains("Hi! I'm MeetingBot", Readable(welcome));
        Assert.Contains("start meeting", welcome.JsonText);
        Assert.Equal(TestActivities.ConversationId, (string?)welcome.Body!["conversation"]!["id"]);
    }

    [Fact]
    public async Task Someone_else_joining_the_conversation_gets_no_welcome()
    {
        await using var bot = await StartBotAsync();

        await bot.SendAsync(Install(bot, "conversationUpdate", activity => activity["membersAdded"] = new JsonArray
        {
            new JsonObject { ["id"] = "29:dean-aad", ["name"] = "Dean Novak" },
        }));

        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Help_lists_every_command_with_an_example_and_names_no_other_backend()
    {
        await using var bot = await StartBotAsync();

        var reply = await AskAsync(bot, "help");

        var facts = reply.Card!["body"]!.AsArray().Single(element => (string?)element!["type"] == "FactSet")!["facts"]!.AsArray();
        var examples = facts.Select(fact => (string)fact!["title"]!).ToArray();
        foreach (var expected in new[] { "start meeting", "invite", "who is in", "stop meeting", "list meetings", "help" })
        {
            Assert.Contains(examples, example => example.Contains(expected, StringComparison.OrdinalIgnoreCase));
        }

        Assert.All(facts, fact => Assert.False(string.IsNullOrWhiteSpace((string?)fact!["value"])));
        Assert.DoesNotContain("MoodHood", reply.JsonText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Slack", reply.JsonText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zoom", reply.JsonText, StringComparison.OrdinalIgnoreCase);
    }

    private static JsonObject Install(BotHarness bot, string type, Action<JsonObject> shape)
    {
        var activity = bot.Message("");
        activity["type"] = type;
        activity["id"] = TestActivities.NewId();
        activity.Remove("text");
        activity.Remove("entities");
        shape(activity);
        return activity;
    }
}
