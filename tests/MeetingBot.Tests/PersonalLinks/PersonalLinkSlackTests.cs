using System.Text.Json.Nodes;
using MeetingBot.Conferencing;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.PersonalLinks;

/// <summary>
/// Slack on a backend with no directory and one-time personal links, through the signed Slack endpoints and the fake
/// Web API: each person's link goes to their DM (no previews), the shared message's Join is a button answered with an
/// ephemeral link for the clicker, and no Slack call is registered with the room's shared address.
/// </summary>
public sealed class PersonalLinkSlackTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Start_with_dean_sends_dean_his_own_link_in_a_DM_without_previews_and_registers_no_call()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;

        var (card, _) = await bot.StartMeetingAsync("with dean");

        var dm = await bot.Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == SlackHarness.Dean, Wait);
        var deanLink = Assert.Single(backend.LinksFor(SlackHarness.Dean));
        Assert.Equal(deanLink.Link.Url, LinkButtonUrl(dm.Json!));
        Assert.Equal("false", dm.Arg("unfurl_links"));
        Assert.Equal("false", dm.Arg("unfurl_media"));
        Assert.DoesNotContain("accessToken", dm.Text);
        Assert.Single(backend.Rooms);

        Assert.DoesNotContain("accessToken", card.ToJsonString());
        var join = SlackMessageQuery.Button(card, MeetingCardVerbs.Join)!;
        Assert.Null(join["url"]);
        Assert.False(string.IsNullOrEmpty((string?)join["value"]));
        Assert.Null(SlackMessageQuery.Button(card, MeetingCardVerbs.ShowParticipants));
        await Task.Delay(300);
        Assert.Empty(bot.Slack.CallsTo("calls.add"));
    }

    [Fact]
    public async Task Join_on_the_shared_message_answers_the_clicker_ephemerally_with_a_fresh_link_and_leaves_the_message_alone()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        var (card, ts) = await bot.StartMeetingAsync("with dean");
        var join = SlackMessageQuery.Button(card, MeetingCardVerbs.Join)!;

        await bot.InteractAsync(bot.Click(Clicked(join), ts, "join", user: SlackHarness.Kevin));

        var answer = await bot.Slack.WaitForResponsePostAsync("join", timeout: Wait);
        Assert.Equal("ephemeral", answer.Arg("response_type"));
        Assert.Equal("false", answer.Arg("replace_original"));
        var kevinLink = Assert.Single(backend.LinksFor(SlackHarness.Kevin));
        Assert.False(kevinLink.Request.AsModerator);
        Assert.Equal(kevinLink.Link.Url, LinkButtonUrl(answer.Json!));
        Assert.Contains("works once", answer.Body);
        Assert.DoesNotContain(bot.Slack.CallsTo("chat.update"), call => call.Body.Contains("accessToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_DM_Slack_refuses_goes_as_an_ephemeral_message_in_the_conversation()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        await bot.StartMeetingAsync("with dean");
        await bot.Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == SlackHarness.Dean, Wait);
        await bot.Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == SlackHarness.Alex, Wait);
        bot.Slack.FailNext("chat.postMessage", "channel_not_found");

        await bot.CommandAsync("invite kevin", "invite");

        var ephemeral = await bot.Slack.WaitForCallAsync("chat.postEphemeral", call => call.Arg("user") == SlackHarness.Kevin, Wait);
        Assert.Equal(SlackHarness.Channel, ephemeral.Arg("channel"));
        Assert.Equal(Assert.Single(backend.LinksFor(SlackHarness.Kevin)).Link.Url, LinkButtonUrl(ephemeral.Json!));
    }

    private static async Task<(SlackHarness Bot, PersonalLinkBackend Backend)> StartAsync()
    {
        var backend = new PersonalLinkBackend();
        var bot = await SlackHarness.StartAsync(services: services =>
        {
            services.AddSingleton<IConferenceService>(backend);
            services.AddSingleton<IPersonalLinkIssuer>(backend);
        });
        bot.Slack.SetMembers(SlackHarness.Channel, SlackHarness.Alex, SlackHarness.Kevin, SlackHarness.Dean);
        return (bot, backend);
    }

    /// <summary>The URL of the one link button of a personal-link message (never in its text).</summary>
    private static string LinkButtonUrl(JsonObject message)
    {
        var withUrl = SlackMessageQuery.Buttons(message).Where(button => button["url"] is not null).ToArray();
        return (string)Assert.Single(withUrl)["url"]!;
    }

    private static JsonObject Clicked(JsonObject button) => new()
    {
        ["type"] = "button",
        ["action_id"] = (string?)button["action_id"],
        ["block_id"] = "actions",
        ["value"] = (string?)button["value"],
        ["action_ts"] = "1767226050.000100",
    };
}
