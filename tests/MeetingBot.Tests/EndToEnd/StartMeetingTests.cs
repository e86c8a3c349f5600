using System.Net;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>A Teams user types a command; the bot answers through the (fake) Bot Connector, TrueConf is the simulator.</summary>
public sealed class StartMeetingTests
{
    [Fact]
    public async Task Start_meeting_with_kevin_replies_with_a_card_whose_join_button_opens_the_web_client()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        var message = bot.Message("start meeting with kevin");

        var response = await bot.SendAsync(message);
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/teams/v3/conversations/19%3A7ab0c1%40thread.tacv2%3Bmessageid%3D1791000000001/activities/{message["id"]}", reply.RawTarget);
        Assert.Equal((string?)message["id"], (string?)reply.Body!["replyToId"]);
        Assert.Equal(TestActivities.BotId, (string?)reply.Body["from"]!["id"]);
        Assert.Null(reply.Text); // a card that may be updated later travels alone

        var card = reply.Card!;
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(card.ToJsonString()));
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var join = card["actions"]![0]!;
        Assert.Equal("Action.OpenUrl", (string?)join["type"]);
        Assert.Equal("Join", (string?)join["title"]);
        Assert.Equal($"{bot.Simulator.BaseUrl}/webrtc/{conference.Id}", (string?)join["url"]);
        Assert.Contains(conference.Id, reply.JsonText);
        Assert.Contains("Kevin Smith", reply.JsonText);
        Assert.Contains("Alex Wilber", reply.JsonText);

        var store = bot.App.Services.GetRequiredService<IMeetingStore>();
        var requestKey = $"msteams|{TestActivities.ConversationId}|{message["id"]}";
        var stored = await store.FindByRequestKeyAsync(requestKey, CancellationToken.None);
        for (var i = 0; i < 40 && stored is null; i++)
        {
            await Task.Delay(50); // the record is written right after the connector answers
            stored = await store.FindByRequestKeyAsync(requestKey, CancellationToken.None);
        }

        Assert.Equal(conference.Id, stored?.ConferenceId);
        Assert.Equal(reply.ReturnedId, stored?.CardMessageId); // kept so the card can be updated in place later

        var calls = bot.TrueConf.RequestLog.Select(r => r.Operation).Where(op => op is not SimulatorOperations.UserGet and not SimulatorOperations.UserList).ToArray();
        Assert.Equal([SimulatorOperations.Token, SimulatorOperations.ConferenceCreate, SimulatorOperations.ConferenceRun], calls);
    }

    [Fact]
    public async Task The_conference_is_owned_by_the_sender_and_invites_everyone_named()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");

        await bot.SendAsync(bot.Message("start meeting \"Design review\" with kevin, dean and helen"));
        await bot.Connector.NextMessageAsync();

        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.Equal("Design review", conference.Topic);
        Assert.Equal("alex", conference.OwnerId);
        Assert.Equal(["alex", "dean", "helen", "kevin"], conference.Invitations.Select(i => i.UserId).Order().ToArray());
        Assert.True(conference.IsRunning);
    }

    [Fact]
    public async Task Mentioned_people_are_matched_by_their_teams_email()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        bot.Connector.AddMember("29:kevin-aad", "Kevin Smith", "kevin.smith@corp.contoso.example");
        var message = TestActivities.ChannelMessage(bot.Connector.ServiceUrl, "start meeting with <at>Kevin Smith</at>", mentions: ("29:kevin-aad", "Kevin Smith"));

        await bot.SendAsync(message);
        await bot.Connector.NextMessageAsync();

        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.Contains(conference.Invitations, i => i.UserId == "kevin");
        Assert.Contains(bot.Connector.Calls, c => c.Method == "GET" && c.Path.EndsWith("/members/29:kevin-aad"));
    }

    [Fact]
    public async Task An_unknown_name_gets_a_reply_naming_it_and_no_conference_is_created()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message("start meeting with kevin and bob"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("**bob**", reply.Text);
        Assert.DoesNotContain("kevin", reply.Text);
        Assert.Contains("Check the spelling, use their TrueConf login, or @mention them.", reply.Text);
        Assert.Empty(bot.TrueConf.Conferences);
        Assert.DoesNotContain(bot.TrueConf.RequestLog, r => r.Operation == SimulatorOperations.ConferenceCreate);
    }

    [Fact]
    public async Task An_unknown_mentioned_person_is_not_advised_to_be_mentioned()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember("29:bob-aad", "Bob Stranger", "bob.stranger@partner.example");
        var message = TestActivities.ChannelMessage(bot.Connector.ServiceUrl, "start meeting with <at>Bob Stranger</at>", mentions: ("29:bob-aad", "Bob Stranger"));

        await bot.SendAsync(message);
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("**Bob Stranger**", reply.Text);
        Assert.DoesNotContain("mention them", reply.Text);
        Assert.DoesNotContain("spelling", reply.Text);
        Assert.Contains("Type their TrueConf login instead of the @mention.", reply.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task Typed_and_mentioned_people_not_found_get_advice_for_each()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember("29:bob-aad", "Bob Stranger", "bob.stranger@partner.example");
        var message = TestActivities.ChannelMessage(bot.Connector.ServiceUrl, "start meeting with bobby and <at>Bob Stranger</at>", mentions: ("29:bob-aad", "Bob Stranger"));

        await bot.SendAsync(message);
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("**bobby**", reply.Text);
        Assert.Contains("**Bob Stranger**", reply.Text);
        Assert.DoesNotContain("mention them", reply.Text);
        Assert.Contains("Check the spelling of the names you typed, and type the TrueConf login of anyone you @mentioned.", reply.Text);
    }

    [Fact]
    public async Task A_disabled_invitee_is_named_and_nothing_is_created()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message("start meeting with olga"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("**olga**", reply.Text);
        Assert.Contains("disabled", reply.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task A_sender_the_bot_cannot_map_is_told_how_to_link_their_account()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message("start meeting with kevin", fromId: "29:pat", fromName: "Pat Unknown"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("my trueconf id is", reply.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_creates_one_conference()
    {
        await using var bot = await BotHarness.StartAsync();
        var message = bot.Message("start meeting with kevin");

        var first = await bot.SendAsync(message);
        var second = await bot.SendAsync(message);
        await bot.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Single(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task Two_different_start_commands_are_two_meetings()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync();
        await bot.Connector.NextMessageAsync();

        Assert.Equal(2, bot.TrueConf.Conferences.Count);
    }

    [Fact]
    public async Task Repeated_commands_reuse_the_token_and_the_cached_people()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");

        for (var i = 0; i < 3; i++)
        {
            await bot.SendAsync(bot.Message("start meeting with kevin"));
            await bot.Connector.NextMessageAsync();
        }

        Assert.Equal(1, bot.TrueConf.TokenRequestCount);
        Assert.Equal(3, bot.TrueConf.RequestLog.Count(r => r.Operation == SimulatorOperations.ConferenceCreate));
        Assert.Equal(1, bot.TrueConf.RequestLog.Count(r => r.Operation == SimulatorOperations.UserGet));
        Assert.Equal(1, bot.TrueConf.RequestLog.Count(r => r.Operation == SimulatorOperations.UserList));
        Assert.Equal(1, bot.Connector.Calls.Count(c => c.Method == "GET"));
    }

    [Fact]
    public async Task A_changed_identity_is_picked_up_once_the_cached_one_expires()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:IdentityCacheDuration"] = "00:00:00.400" });
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync();
        // The Teams account now carries another address: within the cache lifetime nothing is looked up again.
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "helen.carter@contoso.example");
        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync();
        var memberLookupsWhileCached = bot.Connector.Calls.Count(c => c.Method == "GET");
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync();

        Assert.Equal(1, memberLookupsWhileCached);
        Assert.Equal(2, bot.Connector.Calls.Count(c => c.Method == "GET"));
        Assert.Equal(["alex", "alex", "helen"], bot.TrueConf.Conferences.OrderBy(c => c.CreatedAt).Select(c => c.OwnerId));
    }
}
