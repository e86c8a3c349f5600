using System.Text.Json.Nodes;
using MeetingBot.Storage;
using MeetingBot.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A meeting started through the bot by Alex in the test channel, with what its card's buttons need: the request key
/// they name, the conference, and the message id of the card in the chat. Clicks are built like Teams sends them.
/// </summary>
public sealed record MeetingOnCard(string RequestKey, string ConferenceId, string CardMessageId)
{
    public const string KevinId = "29:kevin-aad";

    /// <summary>Sends the start command, takes the card from the connector and waits until the meeting is stored with it.</summary>
    public static async Task<MeetingOnCard> StartAsync(BotHarness bot, string text = "start meeting \"Design review\" with kevin")
    {
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        bot.Connector.AddMember(KevinId, "Kevin Smith", "kevin.smith@corp.contoso.example");
        var message = bot.Message(text);
        await bot.SendAsync(message);
        var card = await bot.Connector.NextMessageAsync();
        Assert.NotNull(card.Card);
        var requestKey = $"msteams|{TestActivities.ConversationId}|{message["id"]}";
        var stored = await StoredAsync(bot.App.Services, requestKey);
        Assert.Equal(card.ReturnedId, stored.CardMessageId);
        return new MeetingOnCard(requestKey, stored.ConferenceId, card.ReturnedId!);
    }

    /// <summary>The meeting as stored, once it is stored with its card's id (written right after the card is sent).</summary>
    public static async Task<MeetingRecord> StoredAsync(IServiceProvider services, string requestKey)
    {
        var store = services.GetRequiredService<IMeetingStore>();
        for (var i = 0; i < 100; i++)
        {
            if (await store.FindByRequestKeyAsync(requestKey, CancellationToken.None) is { CardMessageId: not null } stored)
            {
                return stored;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"meeting {requestKey} was not stored with its card");
    }

    /// <summary>A click on this meeting's card (the message with the card) by <paramref name="fromId"/>, with the card's inputs.</summary>
    public JsonObject Click(BotHarness bot, string verb, string fromId = TestActivities.AlexId, string fromName = "Alex Wilber", string? people = null)
    {
        var data = new JsonObject { ["meeting"] = RequestKey };
        if (people is not null)
        {
            data["people"] = people;
        }

        var invoke = InvokeTests.CardAction(bot, verb, data);
        invoke["replyToId"] = CardMessageId;
        invoke["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromName };
        return invoke;
    }

    /// <summary>The invoke response body; asserts the outer status is 200.</summary>
    public static async Task<JsonObject> AnswerAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The card of a card answer, checked field by field and against the 1.5 schema.</summary>
    public static async Task<JsonObject> CardOfAsync(JsonObject answer)
    {
        Assert.Equal(["statusCode", "type", "value"], answer.Select(field => field.Key).Order().ToArray());
        Assert.Equal(200, (int)answer["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        var card = answer["value"]!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(card.ToJsonString()));
        return card;
    }

    /// <summary>The card PUTs of this meeting's card so far.</summary>
    public IReadOnlyList<RecordedCall> CardUpdates(BotHarness bot) =>
        bot.Connector.Updates.Where(call => call.ActivityId == CardMessageId).ToArray();

    /// <summary>Waits (real time) for a PUT of this meeting's card whose JSON contains <paramref name="text"/>.</summary>
    public async Task<RecordedCall> CardUpdateAsync(BotHarness bot, string text, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < until)
        {
            if (CardUpdates(bot).LastOrDefault(call => call.JsonText.Contains(text, StringComparison.Ordinal)) is { } update)
            {
                Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(update.Card!.ToJsonString()));
                return update;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"no PUT of card {CardMessageId} saying '{text}'; PUTs: {string.Join(" | ", CardUpdates(bot).Select(call => StateOf(call.Card)))}");
    }

    /// <summary>The State fact of a meeting card.</summary>
    public static string? StateOf(JsonObject? card) =>
        card?["body"]?.AsArray().OfType<JsonObject>().Where(element => (string?)element["type"] == "FactSet")
            .SelectMany(set => set["facts"]!.AsArray().OfType<JsonObject>())
            .Where(fact => (string?)fact["title"] == "State").Select(fact => (string?)fact["value"]).FirstOrDefault();

    /// <summary>The titles of a card's top-level actions.</summary>
    public static string[] ActionTitles(JsonObject card) =>
        card["actions"]?.AsArray().Select(action => (string)action!["title"]!).ToArray() ?? [];
}
