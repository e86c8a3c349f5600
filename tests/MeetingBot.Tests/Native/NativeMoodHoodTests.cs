using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Native;

/// <summary>
/// MoodHood on the shipped binary (native AOT: the MoodHood client's source-generated JSON, the provider switch, the
/// personal-link flows): a signed slash command makes one private room, the invitee's link goes to them privately, the
/// shared message carries none, and Join answers the clicker alone with a link of their own.
/// </summary>
[Collection(NativeBuildCollection.Name)]
public sealed class NativeMoodHoodTests(NativeBuild build)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_slash_command_makes_one_room_sends_dean_his_link_privately_and_Join_mints_one_for_the_clicker()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var slack = await FakeSlackApi.StartAsync();
        slack.AddUser(SlackHarness.Alex, "alex", "alexw@contoso.example", realName: "Alex Wilber");
        slack.AddUser(SlackHarness.Dean, "dean", "dean@contoso.example", realName: "Dean Novak");
        slack.AddUser(SlackHarness.Kevin, "kevin", "kevin@contoso.example", realName: "Kevin Smith");
        slack.SetMembers(SlackHarness.Channel, SlackHarness.Alex, SlackHarness.Kevin, SlackHarness.Dean);
        await using var bot = NativeBot.Start(build, new Dictionary<string, string>
        {
            ["Conferencing__Provider"] = "MoodHood",
            ["MoodHood__ApiBaseUrl"] = moodHood.BaseUrl,
            ["MoodHood__WebBaseUrl"] = moodHood.BaseUrl,
            ["MoodHood__SpaceId"] = moodHood.Options.SpaceId,
            ["MoodHood__PersonalToken"] = moodHood.Options.PersonalToken!,
            ["Slack__SigningSecret"] = SlackHarness.SigningSecret,
            ["Slack__BotToken"] = slack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        await bot.WaitUntilListeningAsync();
        using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };

        var ready = await http.GetStringAsync("/readyz");
        var command = await SendSignedAsync(http, "/slack/commands", SlackHarness.Form(
            ("team_id", SlackHarness.Team), ("channel_id", SlackHarness.Channel), ("user_id", SlackHarness.Alex), ("command", "/meet"),
            ("text", $"\"Design review\" with <@{SlackHarness.Dean}|dean>"), ("response_url", slack.ResponseUrl("native-start")),
            ("trigger_id", "1.native.moodhood")));

        Assert.Contains("moodhood", ready, StringComparison.Ordinal);
        Assert.DoesNotContain("trueconf", ready, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        var card = await slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == SlackHarness.Channel, Wait);
        var dm = await slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == SlackHarness.Dean, Wait);
        var room = Assert.Single(moodHood.State.Rooms);
        Assert.False(room.IsPublic, bot.Output);
        var deanLink = Assert.Single(moodHood.State.Links, link => link.ExternalUserId == SlackHarness.Dean);
        Assert.Contains(deanLink.Url, dm.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("accessToken", card.Body, StringComparison.Ordinal);
        var ts = await slack.PostedTsAsync(card);

        var join = SlackMessageQuery.Button(card.Json, MeetingCardVerbs.Join)!;
        var clicked = await SendSignedAsync(http, "/slack/interactivity", SlackHarness.Form(("payload", Click(slack, ts, join).ToJsonString())));

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        var answer = await slack.WaitForResponsePostAsync("native-join", timeout: Wait);
        Assert.Equal("ephemeral", answer.Arg("response_type"));
        var kevinLink = Assert.Single(moodHood.State.Links, link => link.ExternalUserId == SlackHarness.Kevin);
        Assert.Contains(kevinLink.Url, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(deanLink.AccessToken, bot.Output, StringComparison.Ordinal);
    }

    private static JsonObject Click(FakeSlackApi slack, string ts, JsonObject join) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = SlackHarness.Kevin, ["team_id"] = SlackHarness.Team },
        ["team"] = new JsonObject { ["id"] = SlackHarness.Team },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = SlackHarness.Channel, ["is_ephemeral"] = false },
        ["response_url"] = slack.ResponseUrl("native-join"),
        ["trigger_id"] = "2.native.moodhood",
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = (string?)join["action_id"], ["value"] = (string?)join["value"], ["action_ts"] = "1767226050.000100",
        }),
    };

    private static async Task<HttpResponseMessage> SendSignedAsync(HttpClient http, string path, string form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(form, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        await SlackSigner.SignAsync(request, SlackHarness.SigningSecret);
        return await http.SendAsync(request);
    }
}
