using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// Slack's Web API on a loopback port: answers the methods the bot uses the way Slack does (HTTP 200 with
/// <c>ok</c>/<c>error</c>, 429 with <c>Retry-After</c>), checks the bearer token, and records every call — and every
/// post to a <see cref="ResponseUrl"/> — in order. Point <c>Slack:ApiBaseUrl</c> at <see cref="ApiBaseUrl"/>.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly ConcurrentDictionary<SlackApiCall, string> _postedTs = new(ReferenceEqualityComparer.Instance);

    public const string DefaultBotToken = "xoxb-1111-2222-fakebottoken";
    public const string DefaultAppToken = "xapp-1-A0EEE-3333-fakeapptoken";

    /// <summary>Where <c>chat.postMessage</c> timestamps start (2026-01-01T00:00:00Z); each post takes the next.</summary>
    private const long FirstMessageSecond = 1767225600;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackApiCall> _calls = new();
    private readonly ConcurrentQueue<SlackApiCall> _responsePosts = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SlackFault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _members = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeSlackCall> _slackCalls = new(StringComparer.Ordinal);
    private TaskCompletionSource _recorded = NewSignal();
    private long _messages;
    private int _ids;

    private FakeSlackApi(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        SocketUrl = baseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/link/?ticket=fake-ticket";
    }

    /// <summary><c>http://127.0.0.1:{port}</c>, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The value for <c>Slack:ApiBaseUrl</c>: <c>{base}/api/</c>.</summary>
    public string ApiBaseUrl => BaseUrl + "/api/";

    /// <summary>The bot token Web API calls must carry (<c>not_authed</c> without one, <c>invalid_auth</c> with another).</summary>
    public string BotToken { get; set; } = DefaultBotToken;

    /// <summary>The app-level token <c>apps.connections.open</c> must carry.</summary>
    public string AppToken { get; set; } = DefaultAppToken;

    /// <summary>What <c>auth.test</c> answers.</summary>
    public string BotUserId { get; set; } = "U0BOT";

    public string BotId { get; set; } = "B0BOT";

    public string TeamId { get; set; } = "T0AAA";

    /// <summary>The address <c>apps.connections.open</c> hands out (set it to a fake Socket Mode server).</summary>
    public string SocketUrl { get; set; }

    /// <summary>The most members one <c>conversations.members</c> page holds, whatever <c>limit</c> the bot asks for.</summary>
    public int MembersPageSize { get; set; } = 200;

    /// <summary>
    /// When true, Web API calls are cut off without an answer, as when Slack's API cannot be reached. Response URLs
    /// (another host in Slack, <c>hooks.slack.com</c>) still answer: see <see cref="ResponseUrlsDown"/>.
    /// </summary>
    public bool Down { get; set; }

    /// <summary>When true, posts to response URLs are cut off without an answer.</summary>
    public bool ResponseUrlsDown { get; set; }

    /// <summary>How long a method takes to answer, by method name (<c>response_url</c>: every response URL post).</summary>
    public ConcurrentDictionary<string, TimeSpan> Delay { get; } = new(StringComparer.Ordinal);

    /// <summary>The Slack calls (Calls API) registered with <c>calls.add</c>, by call id (<c>R…</c>).</summary>
    public IReadOnlyDictionary<string, FakeSlackCall> SlackCalls => _slackCalls;

    /// <summary>Every Web API call, in the order they arrived.</summary>
    public IReadOnlyList<SlackApiCall> Calls => _calls.ToArray();

    /// <summary>Every post to a <see cref="ResponseUrl"/>, in order (<see cref="SlackApiCall.Method"/> is the URL's name).</summary>
    public IReadOnlyList<SlackApiCall> ResponsePosts => _responsePosts.ToArray();

    public static async Task<FakeSlackApi> StartAsync()
    {
        FakeSlackApi? fake = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(null, app =>
        {
            // Plain request delegates: the route handler analyzer trips over lambdas here (AD0001).
            app.MapMethods("/api/{method}", ["GET", "POST"], async http =>
                await (await fake!.AnswerMethodAsync(http, (string)http.Request.RouteValues["method"]!)).ExecuteAsync(http));
            app.MapPost("/response/{name}", async http =>
                await (await fake!.AnswerResponseUrlAsync(http, (string)http.Request.RouteValues["name"]!)).ExecuteAsync(http));
        });
        fake = new FakeSlackApi(app, baseUrl);
        return fake;
    }

    /// <summary>A <c>response_url</c> on this server; posts to it land in <see cref="ResponsePosts"/>.</summary>
    public string ResponseUrl(string name) => $"{BaseUrl}/response/{Uri.EscapeDataString(name)}";

    /// <summary>A workspace member for <c>users.info</c>; unknown ids answer <c>user_not_found</c>.</summary>
    public void AddUser(string id, string name, string? email, string? realName = null, bool isBot = false, string? tz = null, string? locale = null)
    {
        var profile = new JsonObject { ["real_name"] = realName ?? name, ["display_name"] = name };
        if (email is not null)
        {
            profile["email"] = email;
        }

        _users[id] = new JsonObject
        {
            ["id"] = id,
            ["team_id"] = TeamId,
            ["name"] = name,
            ["deleted"] = false,
            ["real_name"] = realName ?? name,
            ["is_bot"] = isBot,
            ["tz"] = tz ?? "Europe/Berlin",
            ["tz_offset"] = 3600,
            ["locale"] = locale ?? "en-US",
            ["profile"] = profile,
        };
    }

    /// <summary>The members <c>conversations.members</c> lists for a channel, in this order.</summary>
    public void SetMembers(string channelId, params string[] userIds) => _members[channelId] = userIds;

    /// <summary>
    /// The next call of <paramref name="method"/> (a Web API method, or <c>response_url</c> for any response URL post)
    /// fails with Slack's <paramref name="error"/>: as <c>ok: false</c> with HTTP 200 by default, or with the given
    /// status and <c>Retry-After</c>. Several calls queue up in order.
    /// </summary>
    public void FailNext(string method, string error, int httpStatus = 200, int? retryAfterSeconds = null) =>
        _faults.GetOrAdd(method, _ => new ConcurrentQueue<SlackFault>()).Enqueue(new SlackFault(error, httpStatus, retryAfterSeconds));

    /// <summary>The ts the fake gave the message <paramref name="post"/> (a <c>chat.postMessage</c> call) posted, once it answered.</summary>
    public async Task<string> PostedTsAsync(SlackApiCall post)
    {
        // The call is recorded before it is answered: the ts may be a moment behind.
        for (var waited = 0; waited < 200; waited++)
        {
            if (_postedTs.TryGetValue(post, out var ts))
            {
                return ts;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The fake Slack API did not answer that post");
    }

    public IReadOnlyList<SlackApiCall> CallsTo(string method) => Calls.Where(call => call.Method == method).ToArray();

    /// <summary>The first call of <paramref name="method"/> matching <paramref name="predicate"/>, already made or still to come.</summary>
    public Task<SlackApiCall> WaitForCallAsync(string method, Func<SlackApiCall, bool>? predicate = null, TimeSpan? timeout = null) =>
        WaitForAsync(() => Calls.FirstOrDefault(call => call.Method == method && (predicate?.Invoke(call) ?? true)), $"a {method} call", timeout);

    /// <summary>The first post to the response URL <paramref name="name"/> matching <paramref name="predicate"/>, already made or still to come.</summary>
    public Task<SlackApiCall> WaitForResponsePostAsync(string name, Func<SlackApiCall, bool>? predicate = null, TimeSpan? timeout = null) =>
        WaitForAsync(() => ResponsePosts.FirstOrDefault(post => post.Method == name && (predicate?.Invoke(post) ?? true)), $"a post to response URL '{name}'", timeout);

    /// <summary>True when no call of <paramref name="method"/> beyond the <paramref name="already"/> ones arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> StaysQuietAsync(string method, TimeSpan wait, int already = 0)
    {
        try
        {
            await WaitForAsync(() => CallsTo(method).Skip(already).FirstOrDefault(), method, wait);
            return false;
        }
        catch (TimeoutException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<SlackApiCall> WaitForAsync(Func<SlackApiCall?> find, string what, TimeSpan? timeout)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var signal = Volatile.Read(ref _recorded).Task;
            if (find() is { } found)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The fake Slack API saw no {what} in time. Calls: {string.Join(", ", Calls.Select(call => call.Method))}");
            }

            try
            {
                await signal.WaitAsync(left);
            }
            catch (TimeoutException)
            {
            }
        }
    }

    private async Task<IResult> AnswerMethodAsync(HttpContext http, string method)
    {
        var call = await RecordAsync(http, method);
        _calls.Enqueue(call);
        Signal();
        if (await HoldOrCutAsync(http, method, Down))
        {
            return Results.Empty;
        }

        if (NextFault(method) is { } fault)
        {
            return Failure(http, fault);
        }

        var expected = method == "apps.connections.open" ? AppToken : BotToken;
        if (string.IsNullOrEmpty(call.Authorization))
        {
            return Reply(Error("not_authed"));
        }

        if (call.Authorization != "Bearer " + expected)
        {
            return Reply(Error("invalid_auth"));
        }

        var answer = Answer(method, call);
        if (call.HttpMethod == "POST" && call.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
            && !call.ContentType.Contains("charset", StringComparison.OrdinalIgnoreCase) && answer["ok"]?.GetValue<bool>() == true)
        {
            answer["warning"] = "missing_charset";
        }

        return Reply(answer);
    }

    private async Task<IResult> AnswerResponseUrlAsync(HttpContext http, string name)
    {
        var call = await RecordAsync(http, name);
        _responsePosts.Enqueue(call);
        Signal();
        if (await HoldOrCutAsync(http, "response_url", ResponseUrlsDown))
        {
            return Results.Empty;
        }

        if (NextFault("response_url") is { } fault)
        {
            if (fault.RetryAfterSeconds is { } wait)
            {
                http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            }

            return Results.Text(fault.Error, "text/plain", statusCode: fault.HttpStatus == 200 ? 404 : fault.HttpStatus);
        }

        return Results.Text("ok", "text/plain");
    }

    private JsonObject Answer(string method, SlackApiCall call) => method switch
    {
        "auth.test" => Ok(new JsonObject
        {
            ["url"] = "https://acme.slack.com/", ["team"] = "Acme", ["user"] = "meetingbot",
            ["team_id"] = TeamId, ["user_id"] = BotUserId, ["bot_id"] = BotId, ["is_enterprise_install"] = false,
        }),
        "users.info" => call.Arg("user") is { } id && _users.TryGetValue(id, out var user)
            ? Ok(new JsonObject { ["user"] = user.DeepClone() })
            : Error("user_not_found"),
        "conversations.members" => Members(call),
        "chat.postMessage" => PostMessage(call),
        "chat.update" => Ok(new JsonObject { ["channel"] = call.Arg("channel"), ["ts"] = call.Arg("ts"), ["text"] = call.Arg("text") ?? string.Empty }),
        "chat.postEphemeral" => Ok(new JsonObject { ["message_ts"] = NextTs() }),
        "chat.delete" => Ok(new JsonObject { ["channel"] = call.Arg("channel"), ["ts"] = call.Arg("ts") }),
        "conversations.open" => Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = "D" + (call.Arg("users") ?? "0").Split(',')[0].TrimStart('U', 'W') } }),
        "views.publish" => Ok(new JsonObject { ["view"] = new JsonObject { ["id"] = "V" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture) } }),
        "calls.add" => AddSlackCall(call),
        "calls.update" or "calls.info" => WithSlackCall(call, _ => Ok(new JsonObject())),
        "calls.end" => WithSlackCall(call, EndSlackCall),
        "calls.participants.add" => WithSlackCall(call, slackCall => ChangeParticipants(slackCall, call, add: true)),
        "calls.participants.remove" => WithSlackCall(call, slackCall => ChangeParticipants(slackCall, call, add: false)),
        "apps.connections.open" => Ok(new JsonObject { ["url"] = SocketUrl }),
        _ => Error("unknown_method"),
    };

    private JsonObject AddSlackCall(SlackApiCall call)
    {
        if (call.Arg("external_unique_id") is not { Length: > 0 } externalId || call.Arg("join_url") is not { Length: > 0 } joinUrl)
        {
            return Error("invalid_arguments");
        }

        var id = "R" + Interlocked.Increment(ref _ids).ToString("D8", CultureInfo.InvariantCulture);
        var slackCall = new FakeSlackCall(id, externalId, joinUrl, call.Arg("title"));
        foreach (var user in UsersOf(call))
        {
            slackCall.Participants.TryAdd(user, true);
        }

        _slackCalls[id] = slackCall;
        return Ok(new JsonObject { ["call"] = new JsonObject { ["id"] = id, ["external_unique_id"] = externalId, ["join_url"] = joinUrl } });
    }

    private JsonObject WithSlackCall(SlackApiCall call, Func<FakeSlackCall, JsonObject> act) =>
        call.Arg("id") is { } id && _slackCalls.TryGetValue(id, out var slackCall) ? act(slackCall) : Error("invalid_call_id");

    /// <summary>Ending an ended call answers <c>ok: true</c> with <c>inactive_call</c>, as Slack documents (reference §5).</summary>
    private static JsonObject EndSlackCall(FakeSlackCall slackCall)
    {
        if (slackCall.Ended)
        {
            return Ok(new JsonObject { ["error"] = "inactive_call" });
        }

        slackCall.Ended = true;
        return Ok(new JsonObject());
    }

    /// <summary>Adding someone already in the call (or removing someone not in it) answers <c>ok: true</c> with <c>bad_users</c>.</summary>
    private static JsonObject ChangeParticipants(FakeSlackCall slackCall, SlackApiCall call, bool add)
    {
        var unchanged = false;
        foreach (var user in UsersOf(call))
        {
            unchanged |= add ? !slackCall.Participants.TryAdd(user, true) : !slackCall.Participants.TryRemove(user, out _);
        }

        return unchanged ? Ok(new JsonObject { ["error"] = "bad_users" }) : Ok(new JsonObject());
    }

    /// <summary>The <c>users</c> argument's people: <c>{"slack_id":…}</c> or <c>{"external_id":…}</c> each, as a JSON array or JSON text.</summary>
    private static IEnumerable<string> UsersOf(SlackApiCall call)
    {
        if (call.Arg("users") is not { Length: > 0 } users || JsonNode.Parse(users) is not JsonArray list)
        {
            return [];
        }

        return list.OfType<JsonObject>()
            .Select(user => (string?)user["slack_id"] ?? (string?)user["external_id"])
            .OfType<string>()
            .ToArray();
    }

    private JsonObject PostMessage(SlackApiCall call)
    {
        var ts = NextTs();
        _postedTs[call] = ts;
        return Ok(new JsonObject
        {
            ["channel"] = call.Arg("channel"),
            ["ts"] = ts,
            ["message"] = new JsonObject { ["type"] = "message", ["bot_id"] = BotId, ["user"] = BotUserId, ["ts"] = ts, ["text"] = call.Arg("text") ?? string.Empty },
        });
    }

    /// <summary>Pages in the order set; the cursor is opaque to the bot and names where the next page starts; "" at the end, as Slack does.</summary>
    private JsonObject Members(SlackApiCall call)
    {
        if (call.Arg("channel") is not { } channel || !_members.TryGetValue(channel, out var members))
        {
            return Error("channel_not_found");
        }

        var cursor = call.Arg("cursor") ?? string.Empty;
        var start = cursor.Length == 0 ? 0 : cursor.StartsWith("members-from-", StringComparison.Ordinal) && int.TryParse(cursor["members-from-".Length..], out var from) ? from : -1;
        if (start < 0)
        {
            return Error("invalid_cursor");
        }

        var asked = int.TryParse(call.Arg("limit"), out var limit) && limit > 0 ? limit : 100;
        var size = Math.Min(asked, MembersPageSize);
        var next = start + size < members.Length ? $"members-from-{start + size}" : string.Empty;
        return Ok(new JsonObject
        {
            ["members"] = new JsonArray(members.Skip(start).Take(size).Select(id => (JsonNode)JsonValue.Create(id)).ToArray()),
            ["response_metadata"] = new JsonObject { ["next_cursor"] = next },
        });
    }

    private string NextTs()
    {
        // "1767225600.000100", "1767225600.000200", …: Slack's seconds.micro form, always increasing.
        var n = Interlocked.Increment(ref _messages);
        var micros = n * 100;
        return string.Create(CultureInfo.InvariantCulture, $"{FirstMessageSecond + micros / 1_000_000}.{micros % 1_000_000:D6}");
    }

    private SlackFault? NextFault(string method) =>
        _faults.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault) ? fault : null;

    /// <summary>Waits the method's delay; true when the connection was cut instead of answered.</summary>
    private async Task<bool> HoldOrCutAsync(HttpContext http, string method, bool down)
    {
        if (Delay.TryGetValue(method, out var delay))
        {
            try
            {
                await Task.Delay(delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }

        if (!down)
        {
            return false;
        }

        http.Abort();
        return true;
    }

    private static IResult Failure(HttpContext http, SlackFault fault)
    {
        if (fault.RetryAfterSeconds is { } wait)
        {
            http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        }

        var body = new JsonObject { ["ok"] = false, ["error"] = fault.Error };
        return Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: fault.HttpStatus);
    }

    private static JsonObject Ok(JsonObject fields)
    {
        var answer = new JsonObject { ["ok"] = true };
        foreach (var (name, value) in fields.ToArray())
        {
            fields.Remove(name);
            answer[name] = value;
        }

        return answer;
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    private static IResult Reply(JsonObject answer) => Results.Text(answer.ToJsonString(), "application/json; charset=utf-8");

    private static async Task<SlackApiCall> RecordAsync(HttpContext http, string method)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var contentType = http.Request.ContentType;
        JsonObject? json = null;
        if (contentType?.StartsWith("application/json", StringComparison.Ordinal) == true && body.Length > 0)
        {
            try
            {
                json = JsonNode.Parse(body) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }

        var form = contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true
            ? QueryHelpers.ParseQuery(body).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var query = http.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        return new SlackApiCall(
            method, http.Request.Method, NullIfEmpty(http.Request.Headers.Authorization.ToString()), contentType, body, json, query, form,
            http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToString(), DateTimeOffset.UtcNow);
    }

    private void Signal() => Interlocked.Exchange(ref _recorded, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

/// <summary>One request the bot sent to the fake Slack: a Web API call, or a post to a response URL (then <see cref="Method"/> is its name).</summary>
/// <param name="RawTarget">Path and query exactly as sent.</param>
public sealed record SlackApiCall(
    string Method,
    string HttpMethod,
    string? Authorization,
    string? ContentType,
    string Body,
    JsonObject? Json,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Form,
    string RawTarget,
    DateTimeOffset At)
{
    /// <summary>An argument as Slack reads it: from the JSON body, the form body or the query (strings as they are, other JSON as text).</summary>
    public string? Arg(string name) =>
        Json?[name] is { } node ? (node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString())
        : Form.TryGetValue(name, out var field) ? field
        : Query.TryGetValue(name, out var value) ? value
        : null;

    public string? Text => Arg("text");
}

/// <summary>A call registered with the fake's Calls API; <see cref="Participants"/> holds Slack ids or external ids.</summary>
public sealed class FakeSlackCall(string id, string externalUniqueId, string joinUrl, string? title)
{
    public string Id { get; } = id;
    public string ExternalUniqueId { get; } = externalUniqueId;
    public string JoinUrl { get; } = joinUrl;
    public string? Title { get; } = title;
    public ConcurrentDictionary<string, bool> Participants { get; } = new(StringComparer.Ordinal);
    public bool Ended { get; set; }
}

/// <summary>A scripted failure: Slack's <paramref name="Error"/> code, with this HTTP status and <c>Retry-After</c>.</summary>
public sealed record SlackFault(string Error, int HttpStatus, int? RetryAfterSeconds);
