using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MeetingBot.Slack;
using MeetingBot.Slack.Auth;
using MeetingBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Slack.Setup;

/// <summary>tools/slack-sign.sh, the README's way to try the Slack endpoints with curl, signs as Slack signs.</summary>
public class SlackSignScriptTests
{
    // Slack's documented example (reference slack.md §1).
    private const string VectorSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string VectorTimestamp = "1531420618";
    private const string VectorBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string VectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Fact]
    public async Task Signs_slacks_reference_test_vector()
    {
        var (exitCode, stdout, stderr) = await SlackSignScript.SignAsync(VectorSecret, "--timestamp", VectorTimestamp, VectorBody);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"'X-Slack-Signature: {VectorSignature}'", stdout, StringComparison.Ordinal);
        Assert.Contains($"'X-Slack-Request-Timestamp: {VectorTimestamp}'", stdout, StringComparison.Ordinal);
    }

    /// <summary>The bot's own check takes what the script prints, once.</summary>
    [Fact]
    public async Task The_bots_signature_check_accepts_what_the_script_signs()
    {
        var (_, stdout, _) = await SlackSignScript.SignAsync(VectorSecret, "--timestamp", VectorTimestamp, VectorBody);
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(VectorTimestamp)));
        var verifier = new SlackRequestVerifier(Options.Create(new SlackOptions { SigningSecret = VectorSecret }), clock);

        var timestamp = Header(stdout, "X-Slack-Request-Timestamp");
        var signature = Header(stdout, "X-Slack-Signature");

        Assert.Equal(SlackSignatureCheck.Valid, verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(VectorBody)));
        Assert.Equal(SlackSignatureCheck.Replayed, verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Theory]
    [InlineData("command=%2Fmeet&text=with+%3C%40U0KEVIN%7Ckevin%3E&user_id=U0ALEX", "/slack/commands", "application/x-www-form-urlencoded")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%7D", "/slack/interactivity", "application/x-www-form-urlencoded")]
    [InlineData("""{"type":"url_verification","challenge":"3eZbrw1a"}""", "/slack/events", "application/json")]
    public async Task Each_kind_of_body_goes_to_its_endpoint_on_the_local_bot(string body, string path, string contentType)
    {
        var (_, stdout, _) = await SlackSignScript.SignAsync("secret", body);

        Assert.StartsWith($"curl -sS -i 'http://localhost:3978{path}'", stdout, StringComparison.Ordinal);
        Assert.Contains($"'Content-Type: {contentType}'", stdout, StringComparison.Ordinal);
    }

    /// <summary>The printed command, run as it is, sends the body byte for byte with a signature that checks out.</summary>
    [Theory]
    [InlineData("command=%2Fmeet&text=%22Design+review%22+with+kevin&trigger_id=1.2.3")]
    [InlineData("""{"text":"it's $HOME, \"quoted\", `ticks` & 100% ünïcode \\ <@U1|kevin>"}""")]
    public async Task Printed_curl_command_sends_a_request_the_secret_verifies(string body)
    {
        const string secret = "a-local-signing-secret";
        var received = new TaskCompletionSource<(string Timestamp, string Signature, string ContentType, byte[] Body)>();
        var (server, baseUrl) = await LoopbackServer.StartAsync(null, web => web.MapPost("/slack/{kind}", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            received.TrySetResult((request.Headers["X-Slack-Request-Timestamp"].ToString(), request.Headers["X-Slack-Signature"].ToString(),
                request.ContentType ?? "", buffer.ToArray()));
            return Results.Ok();
        }));
        await using var stopServer = server;

        var (signed, command, signError) = await SlackSignScript.SignAsync(secret, "--url", $"{baseUrl}/slack/events", body);
        Assert.True(signed == 0, signError);
        var (sent, _, sendError) = await SlackSignScript.RunPrintedAsync(command);
        Assert.True(sent == 0, sendError);

        var arrived = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(body, Encoding.UTF8.GetString(arrived.Body));
        Assert.Equal(body.StartsWith('{') ? "application/json" : "application/x-www-form-urlencoded", arrived.ContentType);
        Assert.InRange(long.Parse(arrived.Timestamp), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        byte[] baseString = [.. Encoding.UTF8.GetBytes($"v0:{arrived.Timestamp}:"), .. arrived.Body];
        var expected = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), baseString));
        Assert.Equal(expected, arrived.Signature);
    }

    [Fact]
    public async Task Refuses_to_sign_without_a_secret()
    {
        var (exitCode, stdout, stderr) = await SlackSignScript.SignAsync(null, "command=%2Fmeet");

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("SLACK_SIGNING_SECRET", stderr, StringComparison.Ordinal);
    }

    private static string Header(string command, string name)
    {
        var match = Regex.Match(command, $"-H '{Regex.Escape(name)}: (?<value>[^']*)'");
        Assert.True(match.Success, $"{name} not in: {command}");
        return match.Groups["value"].Value;
    }
}
