using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.AdaptiveCards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Cards;

/// <summary>
/// The card parts for Universal Actions — <c>Action.Execute</c>, <c>Action.ShowCard</c>, <c>Input.Text</c> and the
/// card's <c>refresh</c> — as they go on the wire: valid Adaptive Card 1.5 and written field by field.
/// </summary>
public sealed class CardActionElementTests
{
    private static readonly ExecuteAction Invite = new("Invite", "meeting.invite")
    {
        Id = "invite",
        Data = new Dictionary<string, string> { ["meetingRef"] = "m-42" },
        AssociatedInputs = AssociatedInputs.Auto,
    };

    private static readonly AdaptiveCard Card = new()
    {
        Refresh = new CardRefresh(new ExecuteAction("Refresh", "meeting.status") { Data = new Dictionary<string, string> { ["meetingRef"] = "m-42" } })
        {
            UserIds = ["29:1Qx", "29:7Hb"],
        },
        Body =
        [
            new TextBlock("Design review"),
            new TextInput("invitee") { Label = "Invite someone", Placeholder = "name or login", IsRequired = true, ErrorMessage = "Type a name" },
            new ActionSet([Invite]),
        ],
        Actions =
        [
            new ShowCardAction("Stop", new AdaptiveCard
            {
                Body = [new TextBlock("Stop the meeting for everyone?")],
                Actions = [new ExecuteAction("Yes, stop it", "meeting.stop") { AssociatedInputs = AssociatedInputs.None }],
            }),
        ],
        FallbackText = "Design review",
    };

    [Fact]
    public async Task A_card_with_every_new_part_is_valid_adaptive_card_1_5()
    {
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(Serialize(Card)));
    }

    [Fact]
    public async Task The_schema_check_catches_a_string_fallback_and_a_teams_property_on_the_card()
    {
        var withFallback = JsonNode.Parse(Serialize(Card))!;
        withFallback["body"]![2]!["actions"]![0]!["fallback"] = "Action.Submit";
        var withTeamsWidth = JsonNode.Parse(Serialize(Card))!;
        withTeamsWidth["msteams"] = new JsonObject { ["width"] = "Full" };

        // Why neither is emitted: the 1.5 schema refuses both.
        Assert.NotEmpty(await AdaptiveCardSchema.ErrorsAsync(withFallback.ToJsonString()));
        Assert.NotEmpty(await AdaptiveCardSchema.ErrorsAsync(withTeamsWidth.ToJsonString()));
    }

    [Fact]
    public void Action_Execute_is_written_field_by_field()
    {
        var action = Node(Card)["body"]![2]!["actions"]![0]!.AsObject();

        Assert.Equal(["associatedInputs", "data", "id", "title", "type", "verb"], action.Select(field => field.Key).Order().ToArray());
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("Invite", (string?)action["title"]);
        Assert.Equal("invite", (string?)action["id"]);
        Assert.Equal("meeting.invite", (string?)action["verb"]);
        Assert.Equal("auto", (string?)action["associatedInputs"]);
        Assert.Equal("""{"meetingRef":"m-42"}""", action["data"]!.ToJsonString());
    }

    [Fact]
    public void An_Action_Execute_without_data_or_inputs_choice_writes_neither()
    {
        var action = JsonNode.Parse(JsonSerializer.Serialize<CardAction>(new ExecuteAction("Stop", "meeting.stop"), BotFrameworkJsonContext.Default.Options))!.AsObject();

        Assert.Equal(["title", "type", "verb"], action.Select(field => field.Key).Order().ToArray());
    }

    [Fact]
    public void Action_ShowCard_carries_its_card_with_an_execute_that_sends_no_inputs()
    {
        var show = Node(Card)["actions"]![0]!.AsObject();

        Assert.Equal(["card", "title", "type"], show.Select(field => field.Key).Order().ToArray());
        Assert.Equal("Action.ShowCard", (string?)show["type"]);
        Assert.Equal("Stop", (string?)show["title"]);
        Assert.Equal("AdaptiveCard", (string?)show["card"]!["type"]);
        Assert.Equal("Stop the meeting for everyone?", (string?)show["card"]!["body"]![0]!["text"]);
        var confirm = show["card"]!["actions"]![0]!;
        Assert.Equal(("Action.Execute", "meeting.stop", "none"), ((string?)confirm["type"], (string?)confirm["verb"], (string?)confirm["associatedInputs"]));
    }

    [Fact]
    public void Input_Text_is_written_field_by_field_and_leaves_out_what_is_not_set()
    {
        var input = Node(Card)["body"]![1]!.AsObject();
        var bare = JsonNode.Parse(JsonSerializer.Serialize<CardElement>(new TextInput("topic"), BotFrameworkJsonContext.Default.Options))!.AsObject();

        Assert.Equal(["errorMessage", "id", "isRequired", "label", "placeholder", "type"], input.Select(field => field.Key).Order().ToArray());
        Assert.Equal(("Input.Text", "invitee", "Invite someone", "name or login", true, "Type a name"),
            ((string?)input["type"], (string?)input["id"], (string?)input["label"], (string?)input["placeholder"], (bool)input["isRequired"]!, (string?)input["errorMessage"]));
        Assert.Equal(["id", "type"], bare.Select(field => field.Key).Order().ToArray());
    }

    [Fact]
    public void Refresh_names_its_action_type_verb_data_and_users()
    {
        var refresh = Node(Card)["refresh"]!.AsObject();

        Assert.Equal(["action", "userIds"], refresh.Select(field => field.Key).Order().ToArray());
        Assert.Equal(("Action.Execute", "meeting.status", "m-42"),
            ((string?)refresh["action"]!["type"], (string?)refresh["action"]!["verb"], (string?)refresh["action"]!["data"]!["meetingRef"]));
        Assert.Equal(["29:1Qx", "29:7Hb"], refresh["userIds"]!.AsArray().Select(id => (string?)id));
    }

    [Fact]
    public void A_card_without_refresh_writes_none()
    {
        Assert.Null(Node(new AdaptiveCard { Body = [new TextBlock("x")] })["refresh"]);
    }

    private static JsonObject Node(AdaptiveCard card) => JsonNode.Parse(Serialize(card))!.AsObject();

    private static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, BotFrameworkJsonContext.Default.AdaptiveCard);
}
