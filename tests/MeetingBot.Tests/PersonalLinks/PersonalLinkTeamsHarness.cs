using System.Text.Json.Nodes;
using MeetingBot.Conferencing;
using MeetingBot.Tests.EndToEnd;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.PersonalLinks;

/// <summary>The bot under test with a personal-link backend double in place of TrueConf, and helpers for its 1:1 chats.</summary>
internal static class PersonalLinkTeamsHarness
{
    public const string KevinId = MeetingOnCard.KevinId;
    public const string DeanId = "29:dean-aad";

    public static async Task<(BotHarness Bot, PersonalLinkBackend Backend)> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var backend = new PersonalLinkBackend();
        var bot = await BotHarness.StartAsync(settings, services: services =>
        {
            services.AddSingleton<IConferenceService>(backend);
            services.AddSingleton<IPersonalLinkIssuer>(backend);
        });
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        bot.Connector.AddMember(KevinId, "Kevin Smith", "kevin.smith@contoso.example");
        bot.Connector.AddMember(DeanId, "Dean Novak", "dean@contoso.example");
        return (bot, backend);
    }

    /// <summary>Waits until <paramref name="count"/> messages were delivered in the bot's 1:1 chat with the person.</summary>
    public static async Task<IReadOnlyList<RecordedCall>> PersonalMessagesAsync(BotHarness bot, string userId, int count = 1)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var messages = bot.Connector.PersonalMessages(userId);
            if (messages.Count >= count)
            {
                return messages;
            }

            Assert.True(DateTime.UtcNow < until, $"{count} message(s) to {userId} privately expected, {messages.Count} came");
            await Task.Delay(25);
        }
    }

    /// <summary>Sends a command from Alex and returns the bot's reply to it, passing over messages in 1:1 chats.</summary>
    public static async Task<RecordedCall> AskAsync(BotHarness bot, string text)
    {
        var message = bot.Message(text);
        await bot.SendAsync(message);
        while (true)
        {
            var reply = await MeetingTestSteps.NextReplyAsync(bot);
            if (reply.ActivityId == (string?)message["id"])
            {
                return reply;
            }
        }
    }

    /// <summary>The one action of a personal-link card: Join opening that person's link.</summary>
    public static string JoinUrlOf(JsonObject card)
    {
        var join = Assert.Single(card["actions"]!.AsArray().OfType<JsonObject>());
        Assert.Equal("Action.OpenUrl", (string?)join["type"]);
        Assert.Equal("Join", (string?)join["title"]);
        return (string)join["url"]!;
    }

    public static JsonObject ActionTitled(JsonObject card, string title) =>
        card["actions"]!.AsArray().OfType<JsonObject>().Single(action => (string?)action["title"] == title);
}
