using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.Native;

/// <summary>
/// Slack on the shipped binary (native AOT: source-generated JSON of the payloads, Block Kit and the outbox target,
/// the form reader, the signature check): a signed slash command starts the meeting and its Stop button ends it.
/// </summary>
[Collection(NativeBuildCollection.Name)]
public sealed class NativeSlackTests(NativeBuild build)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_signed_slash_command_starts_the_meeting_and_its_Stop_button_ends_it()
    {
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var slack = await FakeSlackApi.StartAsync();
        slack.AddUser(SlackHarness.Alex, "alex", "alexw@contoso.example", realName: "Alex Wilber");
        slack.AddUser(SlackHarness.Dean, "dean", "dean@contoso.example", realName: "Dean Novak");
        await using var bot = NativeBot.Start(build, new Dictionary<string, string>
        {
            ["TrueConf__ServerUrl"] = trueConf.BaseUrl,
            ["TrueConf__ClientId"] = trueConf.Options.ClientId,
            ["TrueConf__ClientSecret"] = trueConf.Options.ClientSecret,
            ["Slack__SigningSecret"] = SlackHarness.SigningSecret,
            ["Slack__BotToken"] = slack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        await bot.WaitUntilListeningAsync();
        using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };

        var unsigned = await http.PostAsync("/slack/commands", new StringContent("text=with+dean", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var command = await SendSignedAsync(http, "/slack/commands", SlackHarness.Form(
            ("team_id", SlackHarness.Team), ("channel_id", SlackHarness.Channel), ("user_id", SlackHarness.Alex), ("command", "/meet"),
            ("text", $"with <@{SlackHarness.Dean}|dean>"), ("response_url", slack.ResponseUrl("native")), ("trigger_id", "1.native.trigger")));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        var card = await slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        var conference = Assert.Single(trueConf.State.Conferences);
        Assert.True(conference.IsRunning, bot.Output);
        Assert.Contains(conference.Id, (string?)SlackMessageQuery.Button(card.Json, "meeting.join")?["url"]);
        var ts = await slack.PostedTsAsync(card);

        var stop = SlackMessageQuery.Button(card.Json, MeetingCardVerbs.Stop)!;
        // The meeting is written down just after its card went out: a click within that instant finds no meeting yet.
        for (var attempt = 1; ; attempt++)
        {
            var clicked = await SendSignedAsync(http, "/slack/interactivity", SlackHarness.Form(("payload", Click(slack, ts, stop, attempt).ToJsonString())));
            Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
            var answer = await slack.WaitForResponsePostAsync($"native-stop-{attempt}", timeout: Wait);
            if (!SlackMessageQuery.AllText(answer.Json).Contains(BotTexts.CardMeetingUnknown, StringComparison.Ordinal) || attempt == 30)
            {
                break;
            }

            await Task.Delay(100);
        }

        var update = await slack.WaitForCallAsync("chat.update", call => call.Arg("ts") == ts, Wait);
        Assert.Null(SlackMessageQuery.Button(update.Json, MeetingCardVerbs.Stop));
        Assert.False(trueConf.State.FindConference(conference.Id)!.IsRunning);
    }

    private static JsonObject Click(FakeSlackApi slack, string ts, JsonObject stop, int attempt) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = SlackHarness.Alex, ["team_id"] = SlackHarness.Team },
        ["team"] = new JsonObject { ["id"] = SlackHarness.Team },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = SlackHarness.Channel, ["is_ephemeral"] = false },
        ["response_url"] = slack.ResponseUrl($"native-stop-{attempt}"),
        ["trigger_id"] = $"{attempt + 1}.native.trigger",
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = (string?)stop["action_id"], ["value"] = (string?)stop["value"], ["action_ts"] = "1767226050.000100",
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
