using MeetingBot.Slack.Api;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.Api;

public sealed class SlackWebApiClientTests
{
    [Fact]
    public async Task A_write_posts_json_with_its_charset_and_the_bot_token_as_a_bearer_header()
    {
        await using var host = await SlackApiHost.StartAsync();

        var result = await host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"Meeting started"}"""), CancellationToken.None);

        var call = Assert.Single(host.Slack.Calls);
        Assert.Equal("POST", call.HttpMethod);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("Bearer " + FakeSlackApi.DefaultBotToken, call.Authorization);
        Assert.Equal("/api/chat.postMessage", call.RawTarget);
        Assert.Equal("Meeting started", call.Text);
        Assert.Equal("C0BBB", result.Channel);
        Assert.Matches(@"^\d{10}\.\d{6}$", result.Ts);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("missing_charset", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Posted_messages_get_increasing_timestamps_and_an_update_answers_its_channel_and_ts()
    {
        await using var host = await SlackApiHost.StartAsync();

        var first = await host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"one"}"""), CancellationToken.None);
        var second = await host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"two"}"""), CancellationToken.None);
        var updated = await host.Client.CallAsync("chat.update", SlackApiHost.Json($$"""{"channel":"C0BBB","ts":"{{first.Ts}}","text":"ended"}"""), CancellationToken.None);

        Assert.True(string.CompareOrdinal(first.Ts, second.Ts) < 0);
        Assert.Equal(new SlackMethodResult(first.Ts, "C0BBB", null), updated);
    }

    [Fact]
    public async Task Ok_false_becomes_a_typed_error_carrying_slacks_code()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("chat.update", "channel_not_found");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            host.Client.CallAsync("chat.update", SlackApiHost.Json("""{"channel":"C0GONE","ts":"1.2"}"""), CancellationToken.None));

        Assert.Equal("chat.update", error.Method);
        Assert.Equal("channel_not_found", error.Error);
        Assert.False(error.IsTransient);
        Assert.False(error.IsAuthFailure);
        Assert.Null(error.RetryAfter);
    }

    [Theory]
    [InlineData("internal_error")]
    [InlineData("service_unavailable")]
    [InlineData("request_timeout")]
    [InlineData("fatal_error")]
    public async Task Slacks_try_again_codes_are_transient(string code)
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("chat.postMessage", code);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"x"}"""), CancellationToken.None));

        Assert.Equal(code, error.Error);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_429_pauses_that_method_for_its_retry_after_and_no_other()
    {
        await using var host = await SlackApiHost.StartAsync();
        var body = SlackApiHost.Json("""{"channel":"C0BBB","text":"x"}""");
        host.Slack.FailNext("chat.postMessage", "ratelimited", httpStatus: 429, retryAfterSeconds: 30);

        var limited = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.postMessage", body, CancellationToken.None));
        var meanwhile = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.postMessage", body, CancellationToken.None));
        var otherMethod = await host.Client.CallAsync("chat.update", SlackApiHost.Json("""{"channel":"C0BBB","ts":"1.2","text":"x"}"""), CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromSeconds(29));
        var stillLimited = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.CallAsync("chat.postMessage", body, CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        var after = await host.Client.CallAsync("chat.postMessage", body, CancellationToken.None);

        Assert.Equal(("ratelimited", true, (TimeSpan?)TimeSpan.FromSeconds(30)), (limited.Error, limited.IsTransient, limited.RetryAfter));
        Assert.Equal(("ratelimited", true), (meanwhile.Error, meanwhile.IsTransient));
        Assert.InRange(meanwhile.RetryAfter!.Value, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(30));
        Assert.InRange(stillLimited.RetryAfter!.Value, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.Equal("C0BBB", otherMethod.Channel);
        Assert.NotNull(after.Ts);
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count); // the one limited, the one after: none while paused
        Assert.Single(host.Logs.Lines, line => line.Contains("[5203]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_is_read_once_and_then_served_from_the_cache()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.AddUser("U0KEVIN", "kevin", "kevin.smith@contoso.com", realName: "Kevin Smith", tz: "Europe/Berlin", locale: "de-DE");

        var first = await host.Client.GetUserAsync("U0KEVIN", CancellationToken.None);
        var second = await host.Client.GetUserAsync("U0KEVIN", CancellationToken.None);

        Assert.Equal(new SlackUser("U0KEVIN", "kevin", "Kevin Smith", "kevin", "kevin.smith@contoso.com", false, false, "Europe/Berlin", "de-DE"), first);
        Assert.Same(first, second);
        var call = Assert.Single(host.Slack.Calls);
        Assert.Equal("GET", call.HttpMethod);
        Assert.Equal("/api/users.info?user=U0KEVIN&include_locale=true", call.RawTarget);
    }

    [Fact]
    public async Task An_unknown_user_is_null_and_asked_again_next_time()
    {
        await using var host = await SlackApiHost.StartAsync();

        var missing = await host.Client.GetUserAsync("U0NOBODY", CancellationToken.None);
        host.Slack.AddUser("U0NOBODY", "newcomer", "new@contoso.com");
        var found = await host.Client.GetUserAsync("U0NOBODY", CancellationToken.None);

        Assert.Null(missing);
        Assert.Equal("newcomer", found?.Name);
    }

    [Fact]
    public async Task A_user_without_an_email_scope_or_profile_email_has_none()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.AddUser("U0BOTTY", "botty", email: null, isBot: true);

        var user = await host.Client.GetUserAsync("U0BOTTY", CancellationToken.None);

        Assert.Null(user!.Email);
        Assert.True(user.IsBot);
    }

    [Fact]
    public async Task The_token_travels_in_the_header_never_in_the_query()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.AddUser("U0KEVIN", "kevin", "kevin@contoso.com");
        host.Slack.SetMembers("C0BBB", "U0KEVIN");

        await host.Client.GetUserAsync("U0KEVIN", CancellationToken.None);
        await host.Client.GetMembersAsync("C0BBB", null, CancellationToken.None);
        await host.Client.GetIdentityAsync(CancellationToken.None);

        Assert.All(host.Slack.Calls, call =>
        {
            Assert.Equal("Bearer " + FakeSlackApi.DefaultBotToken, call.Authorization);
            Assert.DoesNotContain("xox", call.RawTarget, StringComparison.Ordinal);
            Assert.DoesNotContain("token", call.RawTarget, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Members_are_read_page_by_page_until_slacks_empty_cursor()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.SetMembers("C0BBB", "U01", "U02", "U03", "U04", "U05");
        host.Slack.MembersPageSize = 2;

        var pages = new List<SlackMembersPage>();
        string? cursor = null;
        do
        {
            var page = await host.Client.GetMembersAsync("C0BBB", cursor, CancellationToken.None);
            pages.Add(page);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(["U01", "U02", "U03", "U04", "U05"], pages.SelectMany(page => page.UserIds));
        Assert.Equal(3, pages.Count);
        Assert.All(host.Slack.Calls, call => Assert.Equal(("GET", "200"), (call.HttpMethod, call.Query["limit"])));
    }

    [Fact]
    public async Task The_bots_identity_is_asked_once()
    {
        await using var host = await SlackApiHost.StartAsync();

        var first = await host.Client.GetIdentityAsync(CancellationToken.None);
        var second = await host.Client.GetIdentityAsync(CancellationToken.None);

        Assert.Equal(new SlackIdentity("U0BOT", "B0BOT", "T0AAA"), first);
        Assert.Same(first, second);
        Assert.Equal("POST", Assert.Single(host.Slack.CallsTo("auth.test")).HttpMethod);
    }

    [Fact]
    public async Task A_burst_of_first_lookups_makes_one_call_per_thing_looked_up()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.AddUser("U0ANN", "ann", "ann@contoso.example");
        host.Slack.Delay["auth.test"] = TimeSpan.FromMilliseconds(300);
        host.Slack.Delay["users.info"] = TimeSpan.FromMilliseconds(300);

        var identities = Enumerable.Range(0, 16).Select(_ => host.Client.GetIdentityAsync(CancellationToken.None)).ToArray();
        var users = Enumerable.Range(0, 16).Select(_ => host.Client.GetUserAsync("U0ANN", CancellationToken.None)).ToArray();
        await Task.WhenAll(identities);
        await Task.WhenAll(users);

        Assert.Single(host.Slack.CallsTo("auth.test"));
        Assert.Single(host.Slack.CallsTo("users.info"));
        Assert.All(users, user => Assert.Equal("ann", user.Result!.Name));
    }

    [Fact]
    public async Task A_failed_identity_lookup_is_tried_again_by_the_next_caller()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("auth.test", "invalid_auth");

        await Assert.ThrowsAsync<SlackApiException>(() => host.Client.GetIdentityAsync(CancellationToken.None));
        var identity = await host.Client.GetIdentityAsync(CancellationToken.None);

        Assert.Equal("U0BOT", identity.UserId);
        Assert.Equal(2, host.Slack.CallsTo("auth.test").Count);
    }

    [Fact]
    public async Task A_slow_write_times_out_as_transient_and_is_not_sent_twice()
    {
        await using var host = await SlackApiHost.StartAsync(new() { ["Slack:RequestTimeout"] = "00:00:00.300" });
        host.Slack.Delay["chat.postMessage"] = TimeSpan.FromSeconds(3);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"x"}"""), CancellationToken.None));

        Assert.Equal(("timeout", true), (error.Error, error.IsTransient));
        Assert.True(await host.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromMilliseconds(500), already: 1));
    }

    [Fact]
    public async Task A_slow_read_is_tried_once_more_then_times_out_as_transient()
    {
        await using var host = await SlackApiHost.StartAsync(new() { ["Slack:RequestTimeout"] = "00:00:00.300" });
        host.Slack.Delay["users.info"] = TimeSpan.FromSeconds(3);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.GetUserAsync("U0KEVIN", CancellationToken.None));

        Assert.Equal(("timeout", true), (error.Error, error.IsTransient));
        Assert.Equal(2, host.Slack.CallsTo("users.info").Count);
    }

    [Fact]
    public async Task A_read_that_fails_once_with_a_server_error_succeeds_on_the_second_try()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.SetMembers("C0BBB", "U01");
        host.Slack.FailNext("conversations.members", "internal_error", httpStatus: 503);

        var page = await host.Client.GetMembersAsync("C0BBB", null, CancellationToken.None);

        Assert.Equal(["U01"], page.UserIds);
        Assert.Equal(2, host.Slack.CallsTo("conversations.members").Count);
    }

    [Fact]
    public async Task A_write_answered_with_a_server_error_is_transient_and_not_repeated()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("chat.postMessage", "internal_error", httpStatus: 503);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"x"}"""), CancellationToken.None));

        Assert.Equal(("http_503", true), (error.Error, error.IsTransient));
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Slack_down_is_a_transient_connection_failure()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.Down = true;

        var write = await Assert.ThrowsAsync<SlackApiException>(() =>
            host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"x"}"""), CancellationToken.None));
        var read = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.GetUserAsync("U0KEVIN", CancellationToken.None));

        Assert.Equal(("connection_failed", true), (write.Error, write.IsTransient));
        Assert.Equal(("connection_failed", true), (read.Error, read.IsTransient));
    }

    [Fact]
    public async Task With_the_web_api_down_a_response_url_still_takes_the_explanation()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.Down = true;

        await host.Client.PostToResponseUrlAsync(host.Slack.ResponseUrl("cmd-1"), SlackApiHost.Json("""{"response_type":"ephemeral","text":"Slack is not answering"}"""), CancellationToken.None);

        Assert.Equal("Slack is not answering", (await host.Slack.WaitForResponsePostAsync("cmd-1")).Text);
    }

    [Fact]
    public async Task A_response_url_that_cannot_be_reached_is_a_transient_connection_failure()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.ResponseUrlsDown = true;

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            host.Client.PostToResponseUrlAsync(host.Slack.ResponseUrl("cmd-1"), SlackApiHost.Json("""{"text":"x"}"""), CancellationToken.None));

        Assert.Equal(("response_url", "connection_failed", true), (error.Method, error.Error, error.IsTransient));
    }

    [Fact]
    public async Task Calls_answers_with_ok_and_an_error_are_not_failures()
    {
        await using var host = await SlackApiHost.StartAsync();
        var added = await host.Client.CallAsync("calls.add", SlackApiHost.Json("""
            {"external_unique_id":"mtg-42","join_url":"https://video.example/c/42","created_by":"U0CCC","users":[{"slack_id":"U0CCC"}]}
            """), CancellationToken.None);
        var callId = added.CallId!;

        await host.Client.CallAsync("calls.participants.add", SlackApiHost.Json($$"""{"id":"{{callId}}","users":[{"slack_id":"U0CCC"}]}"""), CancellationToken.None);
        await host.Client.CallAsync("calls.end", SlackApiHost.Json($$"""{"id":"{{callId}}","duration":600}"""), CancellationToken.None);
        await host.Client.CallAsync("calls.end", SlackApiHost.Json($$"""{"id":"{{callId}}","duration":600}"""), CancellationToken.None);

        Assert.StartsWith("R", callId, StringComparison.Ordinal);
        Assert.True(host.Slack.SlackCalls[callId].Ended);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Debug", StringComparison.Ordinal) && line.Contains("bad_users", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Debug", StringComparison.Ordinal) && line.Contains("inactive_call", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_ended_call_answered_with_ok_false_is_still_an_outcome_not_a_failure()
    {
        await using var host = await SlackApiHost.StartAsync();
        var added = await host.Client.CallAsync("calls.add", SlackApiHost.Json("""{"external_unique_id":"m","join_url":"https://v.example/c/1"}"""), CancellationToken.None);
        host.Slack.FailNext("calls.end", "inactive_call");

        var ended = await host.Client.CallAsync("calls.end", SlackApiHost.Json($$"""{"id":"{{added.CallId}}","duration":60}"""), CancellationToken.None);

        Assert.Equal(new SlackMethodResult(null, null, null), ended);
    }

    [Fact]
    public async Task A_calls_error_with_ok_false_other_than_the_documented_answers_is_a_failure()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("calls.add", "not_allowed");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            host.Client.CallAsync("calls.add", SlackApiHost.Json("""{"external_unique_id":"m","join_url":"https://v.example/c/1"}"""), CancellationToken.None));

        Assert.Equal("not_allowed", error.Error);
    }

    [Fact]
    public async Task A_response_url_post_carries_the_json_and_no_token()
    {
        await using var host = await SlackApiHost.StartAsync();

        await host.Client.PostToResponseUrlAsync(host.Slack.ResponseUrl("cmd-1"), SlackApiHost.Json("""{"response_type":"ephemeral","text":"Starting…"}"""), CancellationToken.None);

        var post = await host.Slack.WaitForResponsePostAsync("cmd-1");
        Assert.Null(post.Authorization);
        Assert.Equal("application/json; charset=utf-8", post.ContentType);
        Assert.Equal("ephemeral", post.Arg("response_type"));
        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task A_refused_response_url_post_names_slacks_reason()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.FailNext("response_url", "expired_url", httpStatus: 404);
        host.Slack.FailNext("response_url", "service_unavailable", httpStatus: 503);
        var body = SlackApiHost.Json("""{"text":"x"}""");

        var expired = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.PostToResponseUrlAsync(host.Slack.ResponseUrl("a"), body, CancellationToken.None));
        var unavailable = await Assert.ThrowsAsync<SlackApiException>(() => host.Client.PostToResponseUrlAsync(host.Slack.ResponseUrl("b"), body, CancellationToken.None));

        Assert.Equal(("response_url", "expired_url", false), (expired.Method, expired.Error, expired.IsTransient));
        Assert.Equal(("service_unavailable", true), (unavailable.Error, unavailable.IsTransient));
        Assert.DoesNotContain(host.Slack.BaseUrl, expired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_socket_address_is_asked_with_the_app_level_token()
    {
        await using var host = await SlackApiHost.StartAsync(new() { ["Slack:AppToken"] = FakeSlackApi.DefaultAppToken, ["Slack:SigningSecret"] = null });
        host.Slack.SocketUrl = "wss://wss-primary.example/link/?ticket=abc&app_id=A0EEE";

        var url = await host.Client.OpenSocketAsync(CancellationToken.None);

        Assert.Equal(new Uri("wss://wss-primary.example/link/?ticket=abc&app_id=A0EEE"), url);
        var call = Assert.Single(host.Slack.Calls);
        Assert.Equal(("apps.connections.open", "POST", "Bearer " + FakeSlackApi.DefaultAppToken), (call.Method, call.HttpMethod, call.Authorization));
    }

    [Fact]
    public async Task A_caller_cancelling_is_a_cancellation_not_a_slack_failure()
    {
        await using var host = await SlackApiHost.StartAsync();
        host.Slack.Delay["chat.postMessage"] = TimeSpan.FromSeconds(3);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Client.CallAsync("chat.postMessage", SlackApiHost.Json("""{"channel":"C0BBB","text":"x"}"""), cancel.Token));
    }
}
