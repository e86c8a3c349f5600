using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using MeetingBot.Slack.Inbound;
using MeetingBot.Teams;
using static MeetingBot.Tests.Slack.Blocks.SlackTestReplies;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>
/// A click on a Slack message reaches the core as the same card action a click on the Teams card does: same verb,
/// same meeting, same typed names — so the core's actions, tested through Teams end to end, serve Slack unchanged.
/// </summary>
public sealed class SlackCardActionsTests
{
    [Theory]
    [InlineData(MeetingCardVerbs.ShowParticipants)]
    [InlineData(MeetingCardVerbs.Stop)]
    public void A_button_on_the_card_asks_the_core_what_the_teams_button_asks(string verb)
    {
        var button = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(Meeting))).Button(verb);

        var request = SlackCardActions.ToRequest(Clicked(button));

        AssertSameRequest(TeamsRequest(verb), request);
    }

    [Fact]
    public void Stop_on_the_forgotten_meeting_reminder_asks_the_core_what_the_teams_reminder_asks()
    {
        var reminder = new ForgottenMeetingReply(Meeting, "Still running");
        var button = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(reminder)).Button(MeetingCardVerbs.Stop);

        var teams = JsonNode.Parse(JsonSerializer.Serialize(TeamsReplyRenderer.CardFor(reminder), BotFrameworkJsonContext.Default.AdaptiveCard))!;
        var teamsStop = teams["actions"]!.AsArray().Single(action => (string?)action!["verb"] == MeetingCardVerbs.Stop)!;
        AssertSameRequest(Invoke(teamsStop, inputs: []), SlackCardActions.ToRequest(Clicked(button)));
    }

    [Fact]
    public void Enter_in_the_invite_box_asks_the_core_what_the_teams_invite_box_asks()
    {
        var input = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(Meeting))).OfType("input").Single();
        var typed = new SlackAction((string)input["element"]!["action_id"]!, (string?)input["block_id"], "plain_text_input", "dean and <@U0DDD|helen>", "1767225650.123456");

        var request = SlackCardActions.ToRequest(typed);

        AssertSameRequest(TeamsRequest(MeetingCardVerbs.Invite, ("people", "dean and <@U0DDD|helen>")), request);
    }

    [Fact]
    public void The_invite_box_gets_a_new_block_id_once_somebody_was_invited_and_still_names_the_meeting()
    {
        var before = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(Meeting))).OfType("input").Single();
        var after = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(
            Meeting with { Invitees = [.. Meeting.Invitees, new PersonSummary("Helen Carter", "helen")] }))).OfType("input").Single();

        Assert.NotEqual((string?)before["block_id"], (string?)after["block_id"]);
        var request = SlackCardActions.ToRequest(new SlackAction(MeetingCardVerbs.Invite, (string?)after["block_id"], "plain_text_input", "maria"));
        Assert.Equal(Meeting.MeetingRef, request!.Data[MeetingCardVerbs.MeetingKey]);
    }

    [Fact]
    public void An_empty_invite_box_still_reaches_the_core_which_asks_for_names()
    {
        var request = SlackCardActions.ToRequest(new SlackAction(MeetingCardVerbs.Invite, "meeting.invite|" + Meeting.MeetingRef, "plain_text_input", null));

        Assert.Equal("", request!.Data[MeetingCardVerbs.PeopleInput]);
    }

    [Theory]
    [InlineData("meeting.join", null, "https://video.example/webrtc/4219111751")]
    [InlineData("meeting.page", null, null)]
    [InlineData("account.sign_in", null, null)]
    [InlineData("approve_expense", "mtg_42", null)]
    [InlineData(MeetingCardVerbs.Stop, null, null)]
    [InlineData(MeetingCardVerbs.Refresh, "slack|T0AAA|C0BBB|1", null)]
    public void Link_buttons_and_actions_that_are_not_ours_map_to_nothing(string actionId, string? value, string? blockId)
    {
        Assert.Null(SlackCardActions.ToRequest(new SlackAction(actionId, blockId, "button", value)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("approvals")]
    [InlineData("meeting.invite")]
    [InlineData("meeting.invite|")]
    [InlineData("other|slack|T0AAA|1")]
    public void A_text_box_that_names_no_meeting_maps_to_nothing(string? blockId)
    {
        Assert.Null(SlackCardActions.ToRequest(new SlackAction(MeetingCardVerbs.Invite, blockId, "plain_text_input", "dean")));
    }

    [Fact]
    public void Every_action_id_the_card_sends_is_a_verb_of_the_core_or_a_link()
    {
        var running = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(Meeting with { GuestUrl = "https://video.example/g" })));

        foreach (var button in running.Buttons())
        {
            var request = SlackCardActions.ToRequest(Clicked(button));
            Assert.Equal(button["url"] is null, request is not null);
        }
    }

    private static SlackAction Clicked(JsonNode button) =>
        new((string)button["action_id"]!, "ZqV1a", (string?)button["type"], (string?)button["value"], "1767225650.123456");

    /// <summary>What Teams hands the core for a click on the Teams card's button of <paramref name="verb"/>, with the card's inputs.</summary>
    private static CardActionRequest TeamsRequest(string verb, params (string Id, string Value)[] inputs)
    {
        var card = JsonNode.Parse(JsonSerializer.Serialize(MeetingCardFactory.Meeting(Meeting), BotFrameworkJsonContext.Default.AdaptiveCard))!;
        var execute = Descendants(card).Single(node => (string?)node["type"] == "Action.Execute" && (string?)node["verb"] == verb);
        return Invoke(execute, inputs);
    }

    /// <summary>The Teams client's invoke for an <c>Action.Execute</c>: its data with the inputs merged in, read as the bot reads it.</summary>
    private static CardActionRequest Invoke(JsonNode execute, (string Id, string Value)[] inputs)
    {
        var data = execute["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        var invoke = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)execute["verb"], ["data"] = data } };
        using var parsed = JsonDocument.Parse(invoke.ToJsonString());
        return CardActionValue.Parse(parsed.RootElement.Clone())!;
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(property => property.Value is null ? [] : Descendants(property.Value))],
        JsonArray array => array.SelectMany(item => item is null ? [] : Descendants(item)),
        _ => [],
    };

    private static void AssertSameRequest(CardActionRequest expected, CardActionRequest? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Verb, actual.Verb);
        Assert.Equal(expected.Data.OrderBy(pair => pair.Key), actual.Data.OrderBy(pair => pair.Key));
        Assert.Equal(expected.IsRefresh, actual.IsRefresh);
    }
}
