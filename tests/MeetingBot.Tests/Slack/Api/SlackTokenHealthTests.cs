using MeetingBot.Slack.Api;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Tests.Slack.Api;

/// <summary>A token Slack no longer takes (revoked, app removed) shows in readiness and is logged once, clearly.</summary>
public sealed class SlackTokenHealthTests
{
    [Fact]
    public async Task A_rejected_bot_token_degrades_readiness_and_is_logged_once_naming_slacks_code()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.BotToken = "xoxb-the-new-one"; // the configured token was revoked and replaced in Slack
        var body = SlackApiHost.Json("""{"channel":"C0BBB","text":"x"}""");

        var errors = new List<SlackApiException>();
        for (var i = 0; i < 3; i++)
        {
            errors.Add(await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.postMessage", body, CancellationToken.None)));
        }

        var health = await host.CheckHealthAsync();

        Assert.All(errors, error => Assert.Equal(("invalid_auth", true, false), (error.Error, error.IsAuthFailure, error.IsTransient)));
        var logged = Assert.Single(host.Logs.Lines, line => line.Contains("[5201]", StringComparison.Ordinal));
        Assert.StartsWith("Error", logged, StringComparison.Ordinal);
        Assert.Contains("invalid_auth", logged, StringComparison.Ordinal);
        Assert.Contains("Slack:BotToken", logged, StringComparison.Ordinal);
        var slack = health.Entries["slack"];
        Assert.Equal(HealthStatus.Degraded, slack.Status);
        Assert.Contains("Slack rejected Slack:BotToken (invalid_auth on chat.postMessage)", slack.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("account_inactive")]
    [InlineData("token_revoked")]
    [InlineData("not_authed")]
    [InlineData("token_expired")]
    public async Task Every_dead_token_code_is_an_auth_failure(string code)
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("users.info", code);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.GetUserAsync("U0KEVIN", CancellationToken.None));

        Assert.True(error.IsAuthFailure);
        Assert.Equal(HealthStatus.Degraded, (await host.CheckHealthAsync()).Entries["slack"].Status);
    }

    [Fact]
    public async Task Readiness_recovers_when_slack_takes_the_token_again()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("auth.test", "token_revoked");
        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.GetIdentityAsync(CancellationToken.None));

        await host.Client.GetIdentityAsync(CancellationToken.None);
        var health = await host.CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, health.Entries["slack"].Status);
        Assert.Contains(host.Logs.Lines, line => line.Contains("[5202]", StringComparison.Ordinal) && line.Contains("Slack:BotToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_failures_leave_readiness_healthy()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("chat.update", "channel_not_found");
        host.Slack.FailNext("chat.postMessage", "ratelimited", httpStatus: 429, retryAfterSeconds: 5);

        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.update", SlackApiHost.Json("{}"), CancellationToken.None));
        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("{}"), CancellationToken.None));

        Assert.Equal(HealthStatus.Healthy, (await host.CheckHealthAsync()).Entries["slack"].Status);
    }

    [Fact]
    public async Task A_rejected_app_token_is_named_as_such()
    {
        await using var host = await SlackApiHost.StartAsync(new() { ["Slack:AppToken"] = "xapp-1-revoked" });

        var error = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.OpenSocketAsync(CancellationToken.None));

        Assert.True(error.IsAuthFailure);
        Assert.Contains("Slack:AppToken", (await host.CheckHealthAsync()).Entries["slack"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_slack_off_there_is_no_slack_readiness_check()
    {
        await using var host = await SlackApiHost.StartAsync(new() { ["Slack:SigningSecret"] = null, ["Slack:BotToken"] = null });

        var health = await host.CheckHealthAsync();

        Assert.False(health.Entries.ContainsKey("slack"));
    }

    [Fact]
    public async Task No_token_and_no_full_email_address_reaches_the_logs()
    {
        await using var host = await SlackApiHost.StartAsync(new() { ["Slack:AppToken"] = FakeSlackApi.DefaultAppToken });
        host.Slack.AddUser("U0KEVIN", "kevin", "kevin.smith@contoso.com");
        var body = SlackApiHost.Json("""{"channel":"C0BBB","text":"Meeting with kevin.smith@contoso.com"}""");

        await host.Client.GetUserAsync("U0KEVIN", CancellationToken.None);
        await host.Client.OpenSocketAsync(CancellationToken.None);
        host.Slack.FailNext("chat.postMessage", "ratelimited", httpStatus: 429, retryAfterSeconds: 1);
        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.postMessage", body, CancellationToken.None));
        host.Slack.FailNext("users.info", "internal_error", httpStatus: 500);
        host.Slack.FailNext("users.info", "internal_error", httpStatus: 500);
        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.GetUserAsync("U0OTHER", CancellationToken.None));
        host.Slack.BotToken = "xoxb-another";
        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.update", body, CancellationToken.None));
        host.Slack.ResponseUrlsDown = true;
        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.PostToResponseUrlAsync(host.Slack.ResponseUrl("secret-hook"), body, CancellationToken.None));

        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(FakeSlackApi.DefaultBotToken, host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeSlackApi.DefaultAppToken, host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("kevin.smith@contoso.com", host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-hook", host.Logs.All, StringComparison.Ordinal);
    }
}
