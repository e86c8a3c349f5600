using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>The HTTP edge: transport answers for bad input, and what is quietly acknowledged.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"message\"")]
    [InlineData("{\"text\":\"start meeting\"}")]
    [InlineData("")]
    public async Task Malformed_or_typeless_bodies_are_bad_requests(string body)
    {
        var response = await _bot.App.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_before_it_is_read()
    {
        var message = _bot.Message("start meeting with kevin");
        message["padding"] = new string('x', 300 * 1024);

        var response = await _bot.SendAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_bot.TrueConf.Conferences);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task Activity_types_the_bot_does_not_handle_are_acknowledged_and_ignored(string type)
    {
        var activity = _bot.Message("start meeting with kevin");
        activity["type"] = type;

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await _bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(400)));
        Assert.Empty(_bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task Unknown_fields_are_tolerated()
    {
        var message = _bot.Message("help");
        message["someFutureField"] = new JsonObject { ["nested"] = 1 };

        var response = await _bot.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await _bot.Connector.NextMessageAsync()).Card);
    }

    [Fact]
    public async Task An_invoke_nothing_handles_answers_501()
    {
        var invoke = _bot.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "task/fetch";

        var response = await _bot.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        var response = await _bot.App.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Help_answers_with_a_card_listing_every_command()
    {
        await _bot.SendAsync(_bot.Message("help"));
        var reply = await _bot.Connector.NextMessageAsync();

        foreach (var example in MeetingBot.Commands.CommandCatalog.ExamplesFor(MeetingBot.Tests.Commands.TestParser.TrueConf))
        {
            Assert.Contains(System.Text.Json.JsonEncodedText.Encode(example.Example).ToString(), reply.Card!.ToJsonString());
        }
    }

    [Fact]
    public async Task Anything_else_gets_a_short_help_reply_never_silence()
    {
        await _bot.SendAsync(_bot.Message("what's the weather like?"));
        var reply = await _bot.Connector.NextMessageAsync();

        Assert.Contains("didn't get that", (string?)reply.Card!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task The_bot_being_added_to_a_team_posts_a_welcome()
    {
        var added = _bot.Message("");
        added["type"] = "conversationUpdate";
        added.Remove("text");
        added["membersAdded"] = new JsonArray { new JsonObject { ["id"] = TestActivities.BotId } };

        await _bot.SendAsync(added);
        var reply = await _bot.Connector.NextMessageAsync();

        Assert.EndsWith("/activities", reply.Path); // a new message, not a reply to the event
        Assert.Contains("MeetingBot", reply.Card!.ToJsonString());
    }
}
