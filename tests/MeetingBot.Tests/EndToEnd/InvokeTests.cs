using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Card buttons (<c>invoke</c> <c>adaptiveCard/action</c>) through <c>/api/messages</c>: answered inline with the
/// invoke response body of reference §6.4 (outer 200 for every body the bot builds), 501 for invoke names nobody
/// handles, once per invoke id, and "still working" when the action outlasts MeetingBot:InvokeBudget.
/// Test verbs are registered through the <see cref="ICardAction"/> seam.
/// </summary>
public sealed class InvokeTests
{
    [Fact]
    public async Task An_unknown_verb_is_answered_200_with_an_error_body_field_by_field()
    {
        await using var bot = await BotHarness.StartAsync();

        var response = await bot.SendAsync(CardAction(bot, "meeting.fly", new JsonObject { ["meetingRef"] = "m-42" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await ReadAsync(response);
        Assert.Equal(["statusCode", "type", "value"], body.Select(field => field.Key).Order().ToArray());
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal(["code", "message"], body["value"]!.AsObject().Select(field => field.Key).Order().ToArray());
        Assert.Equal("UnknownAction", (string?)body["value"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["value"]!["message"]));
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(300)), "an unknown verb wrote into the chat");
    }

    [Fact]
    public async Task An_invoke_name_nobody_handles_is_answered_501_without_an_invoke_body()
    {
        await using var bot = await BotHarness.StartAsync();
        var invoke = CardAction(bot, "meeting.status", []);
        invoke["name"] = "composeExtension/query";

        var response = await bot.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.DoesNotContain("statusCode", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("no value")]
    [InlineData("no action")]
    [InlineData("no verb")]
    [InlineData("verb not a string")]
    public async Task A_card_action_without_a_verb_is_answered_200_with_a_400_BadRequest_body(string malformation)
    {
        await using var bot = await BotHarness.StartAsync();
        var invoke = CardAction(bot, "meeting.status", []);
        switch (malformation)
        {
            case "no value": invoke.Remove("value"); break;
            case "no action": invoke["value"]!.AsObject().Remove("action"); break;
            case "no verb": invoke["value"]!["action"]!.AsObject().Remove("verb"); break;
            default: invoke["value"]!["action"]!["verb"] = 42; break;
        }

        var response = await bot.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task The_verb_gets_the_data_as_strings_with_inputs_merged_and_its_card_replaces_the_clicked_one()
    {
        var action = new RecordingAction("test.echo", _ => new ReplaceCard(new NoticeReply(NoticeKind.Success, "Invited **dean**")));
        await using var bot = await BotHarness.StartAsync(services: services => services.AddSingleton<ICardAction>(action));
        var data = new JsonObject { ["meetingRef"] = "m-42", ["invitee"] = "dean", ["count"] = 3, ["flag"] = true };

        var response = await bot.SendAsync(CardAction(bot, "test.echo", data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var card = body["value"]!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("✅ Invited **dean**", (string?)card["body"]![0]!["text"]);
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(card.ToJsonString()));

        var request = Assert.Single(action.Requests);
        Assert.Equal("test.echo", request.Verb);
        Assert.False(request.IsRefresh);
        Assert.Equal(new Dictionary<string, string> { ["meetingRef"] = "m-42", ["invitee"] = "dean", ["count"] = "3", ["flag"] = "true" }, request.Data);
        Assert.Equal(TestActivities.AlexId, action.Senders.Single().Id);
    }

    [Fact]
    public async Task A_message_result_is_answered_as_an_activity_message_and_a_refresh_is_marked_as_one()
    {
        var action = new RecordingAction("test.say", _ => new ShowMessage("Only the owner can stop this meeting."));
        await using var bot = await BotHarness.StartAsync(services: services => services.AddSingleton<ICardAction>(action));
        var invoke = CardAction(bot, "test.say", []);
        invoke["value"]!["trigger"] = "automatic";

        var body = await ReadAsync(await bot.SendAsync(invoke));

        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("Only the owner can stop this meeting.", (string?)body["value"]);
        Assert.True(Assert.Single(action.Requests).IsRefresh);
    }

    [Fact]
    public async Task The_same_invoke_twice_runs_the_action_once_and_both_answers_are_equal()
    {
        var action = new RecordingAction("test.count", calls => new ShowMessage($"run {calls}"));
        await using var bot = await BotHarness.StartAsync(services: services => services.AddSingleton<ICardAction>(action));
        var invoke = CardAction(bot, "test.count", []);

        var first = await bot.SendAsync(invoke);
        var second = await bot.SendAsync(invoke);
        var another = await bot.SendAsync(CardAction(bot, "test.count", []));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Contains("run 1", firstBody);
        Assert.Contains("run 2", await another.Content.ReadAsStringAsync());
        Assert.Equal(2, action.Requests.Count);
    }

    [Fact]
    public async Task A_slow_action_is_answered_still_working_within_the_budget_and_its_card_then_updates_the_clicked_message()
    {
        var release = new TaskCompletionSource();
        var action = new RecordingAction("test.slow", _ => new ReplaceCard(new NoticeReply(NoticeKind.Info, "Done at last")), release.Task);
        await using var bot = await BotHarness.StartAsync(
            new() { ["MeetingBot:InvokeBudget"] = "00:00:00.300" }, services => services.AddSingleton<ICardAction>(action));
        var invoke = CardAction(bot, "test.slow", []);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await bot.SendAsync(invoke);
        var answeredAfter = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("Still working on it…", (string?)body["value"]);
        Assert.InRange(answeredAfter, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(200)), "the result went out before the action finished");

        release.SetResult();
        var update = await bot.Connector.NextMessageAsync();

        Assert.Equal("PUT", update.Method);
        Assert.Equal((string?)invoke["replyToId"], update.ActivityId);
        Assert.Equal("Done at last", (string?)update.Card!["body"]![0]!["text"]);
        Assert.Single(action.Requests);
    }

    [Fact]
    public async Task A_reply_from_a_card_action_is_a_new_message_in_the_conversation()
    {
        var action = new RecordingAction("test.post", _ => new ShowMessage("posted"), reply: new NoticeReply(NoticeKind.Info, "Dean was invited by Alex"));
        await using var bot = await BotHarness.StartAsync(services: services => services.AddSingleton<ICardAction>(action));

        await bot.SendAsync(CardAction(bot, "test.post", []));
        var posted = await bot.Connector.NextMessageAsync();

        Assert.Equal("POST", posted.Method);
        Assert.Null(posted.ActivityId);
        Assert.Null(posted.Body!["replyToId"]);
        Assert.Equal("Dean was invited by Alex", posted.Text);
        Assert.Single(bot.Connector.ProactiveSends);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:30")]
    public async Task An_invoke_budget_out_of_range_fails_start_up_naming_the_key(string budget)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHarness.StartAsync(new() { ["MeetingBot:InvokeBudget"] = budget }));

        Assert.Contains("MeetingBot:InvokeBudget must be", error.ToString());
    }

    /// <summary>An <c>Action.Execute</c> click on the card in message <c>replyToId</c> (reference §6.3).</summary>
    internal static JsonObject CardAction(BotHarness bot, string verb, JsonObject data) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = "f:" + TestActivities.NewId(),
        ["channelId"] = "msteams",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = bot.Connector.ServiceUrl,
        ["replyToId"] = TestActivities.NewId(),
        ["from"] = new JsonObject { ["id"] = TestActivities.AlexId, ["name"] = "Alex Wilber", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000a1" },
        ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        ["conversation"] = new JsonObject { ["id"] = TestActivities.ConversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" },
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "button", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
    };

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>A test verb: records what it was asked, optionally waits, replies into the chat, then answers.</summary>
    private sealed class RecordingAction(string verb, Func<int, CardActionResult> answer, Task? waitFor = null, BotReply? reply = null) : ICardAction
    {
        private int _calls;

        public string Verb => verb;

        public List<CardActionRequest> Requests { get; } = [];

        public List<ChatUser> Senders { get; } = [];

        public async Task<CardActionResult> HandleAsync(CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(request);
                Senders.Add(chat.Sender);
            }

            var calls = Interlocked.Increment(ref _calls);
            if (waitFor is not null)
            {
                await waitFor;
            }

            if (reply is not null)
            {
                await chat.ReplyAsync(reply, cancellationToken);
            }

            return answer(calls);
        }
    }
}
