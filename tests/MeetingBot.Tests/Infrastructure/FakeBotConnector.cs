using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A Bot Connector on a loopback port that records every call the bot makes (replies, typing, updates, member
/// lookups) and answers like Teams does. Its <see cref="ServiceUrl"/> goes into the activities tests send.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly Channel<RecordedCall> _activities = Channel.CreateUnbounded<RecordedCall>();
    private int _nextId = 1000;

    private FakeBotConnector(WebApplication app, string baseUrl)
    {
        _app = app;
        ServiceUrl = baseUrl + "/teams/";
    }

    /// <summary>The service URL, with a path like Teams' regional ones (<c>…/teams/</c>).</summary>
    public string ServiceUrl { get; }

    /// <summary>Members the <c>GET …/members/{id}</c> call knows, by member id.</summary>
    public ConcurrentDictionary<string, JsonObject> Members { get; } = new();

    /// <summary>
    /// The most members one <c>GET …/pagedmembers</c> page holds, whatever page size the bot asks for, so a small
    /// roster still takes several pages (Teams caps pages too).
    /// </summary>
    public int RosterPageSize { get; set; } = 500;

    /// <summary>When set, activity posts and updates answer this status instead of 201 (200 for updates).</summary>
    public int? FailActivitiesWith { get; set; }

    /// <summary>When set, message posts (not typing) are cut off without an answer, as when the Connector cannot be reached.</summary>
    public bool IsDown { get; set; }

    private readonly ConcurrentQueue<ConnectorFault> _faults = new();

    /// <summary>The next message posts (not typing) answer these, in order; then the Connector behaves again.</summary>
    public void FailNextActivities(params ConnectorFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>Activity ids whose messages were deleted: an update of one answers 404 <c>ActivityNotFoundInConversation</c>.</summary>
    public ConcurrentDictionary<string, bool> DeletedActivities { get; } = new();

    /// <summary>Messages replaced in place (<c>PUT …/activities/{id}</c>) that the Connector took (answered 200), in order.</summary>
    public IReadOnlyList<RecordedCall> Updates => Calls.Where(call => call.Method == "PUT" && call.Status == 200).ToArray();

    /// <summary>New messages sent to a conversation without replying to an activity (<c>POST …/activities</c>) and taken.</summary>
    public IReadOnlyList<RecordedCall> ProactiveSends =>
        Calls.Where(call => call.Method == "POST" && call.Status == 201 && call.ActivityId is null && call.Body?["type"]?.GetValue<string>() == "message").ToArray();

    /// <summary>Messages the Connector took (answered 201).</summary>
    public IReadOnlyList<RecordedCall> Delivered => Calls.Where(call => call.Status == 201 && call.Body?["type"]?.GetValue<string>() == "message").ToArray();

    public IReadOnlyList<RecordedCall> Calls => _calls.ToArray();

    public static async Task<FakeBotConnector> StartAsync()
    {
        FakeBotConnector? connector = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(null, app =>
        {
            app.MapMethods("/teams/v3/conversations/{conversationId}/activities/{**activityId}", ["POST", "PUT"], (Delegate)((HttpContext http) => connector!.RecordActivityAsync(http)));
            app.MapPost("/teams/v3/conversations/{conversationId}/activities", (Delegate)((HttpContext http) => connector!.RecordActivityAsync(http)));
            app.MapPost("/teams/v3/conversations", (Delegate)((HttpContext http) => connector!.CreateConversationAsync(http)));
            app.MapGet("/teams/v3/conversations/{conversationId}/members/{memberId}", (HttpContext http, string memberId) => connector!.GetMember(http, memberId));
            app.MapGet("/teams/v3/conversations/{conversationId}/pagedmembers", (HttpContext http) => connector!.GetPagedMembers(http));
        });
        connector = new FakeBotConnector(app, baseUrl);
        return connector;
    }

    /// <summary>Waits for the next posted or updated activity (message or typing) the bot sends.</summary>
    public async Task<RecordedCall> NextActivityAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _activities.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>Waits for the next activity of type <c>message</c>, skipping typing indicators.</summary>
    public async Task<RecordedCall> NextMessageAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var call = await _activities.Reader.ReadAsync(cancel.Token);
            if (call.Body?["type"]?.GetValue<string>() == "message")
            {
                return call;
            }
        }
    }

    /// <summary>True when no message arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> StaysQuietAsync(TimeSpan wait)
    {
        try
        {
            await NextMessageAsync(wait);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>People the bot is not installed for: opening a 1:1 chat with them answers 403 <c>BotNotInConversationRoster</c>.</summary>
    public ConcurrentDictionary<string, bool> NotInstalledFor { get; } = new();

    /// <summary>Every <c>POST …/v3/conversations</c> (a proactive 1:1 opened), in order, with what the fake answered.</summary>
    public IReadOnlyList<RecordedCall> CreatedConversations => Calls.Where(call => call.Method == "POST" && call.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).ToArray();

    /// <summary>The id of the bot's 1:1 chat with a person (the same for each create, as Teams does).</summary>
    public static string PersonalConversationId(string userId) => "a:1on1-" + userId.Replace(":", "-", StringComparison.Ordinal);

    /// <summary>Messages the Connector took in the bot's 1:1 chat with <paramref name="userId"/>.</summary>
    public IReadOnlyList<RecordedCall> PersonalMessages(string userId) =>
        Delivered.Where(call => Uri.UnescapeDataString(call.Path).Contains("/v3/conversations/" + PersonalConversationId(userId) + "/", StringComparison.Ordinal)).ToArray();

    private async Task<IResult> CreateConversationAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = JsonNode.Parse(await reader.ReadToEndAsync()) as JsonObject;
        var userId = (string?)body?["members"]?[0]?["id"] ?? "";
        var refused = NotInstalledFor.ContainsKey(userId);
        var id = PersonalConversationId(userId);
        _calls.Enqueue(new RecordedCall("POST", http.Request.Path, RawTarget(http), http.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow,
            refused ? null : id, refused ? 403 : 201));
        return refused
            ? Results.Json(new { error = new { code = "BotNotInConversationRoster", message = "not installed" } }, statusCode: 403)
            : Results.Json(new { id }, statusCode: 201);
    }

    public void AddMember(string id, string name, string email) =>
        Members[id] = new JsonObject { ["id"] = id, ["name"] = name, ["email"] = email, ["userPrincipalName"] = email, ["userRole"] = "user" };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> RecordActivityAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        var id = Interlocked.Increment(ref _nextId).ToString();
        var body = JsonNode.Parse(text) as JsonObject;
        var isMessage = body?["type"]?.GetValue<string>() == "message";
        var activityId = http.Request.RouteValues["activityId"] as string;
        var isUpdate = http.Request.Method == "PUT";
        if (isUpdate)
        {
            id = activityId!;
        }

        var fault = !isMessage ? null
            : IsDown ? new ConnectorFault(0)
            : _faults.TryDequeue(out var next) ? next
            : FailActivitiesWith is { } failing ? new ConnectorFault(failing)
            : isUpdate && DeletedActivities.ContainsKey(id) ? new ConnectorFault(404, Code: "ActivityNotFoundInConversation") : null;
        var success = isUpdate ? 200 : 201;
        var call = new RecordedCall(http.Request.Method, http.Request.Path + http.Request.QueryString, RawTarget(http),
            http.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow, id, fault?.Status ?? success, activityId);
        _calls.Enqueue(call);
        await _activities.Writer.WriteAsync(call);
        switch (fault)
        {
            case null:
                return Results.Json(new { id }, statusCode: success);
            case { Status: 0 }:
                http.Abort();
                return Results.Empty;
            default:
                if (fault.RetryAfterSeconds is { } wait)
                {
                    http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Results.Json(new { error = new { code = fault.Code, message = "failing on purpose" } }, statusCode: fault.Status);
        }
    }

    private IResult GetMember(HttpContext http, string memberId)
    {
        _calls.Enqueue(new RecordedCall("GET", http.Request.Path, RawTarget(http), http.Request.Headers.Authorization.ToString(), null, DateTimeOffset.UtcNow));
        return Members.TryGetValue(memberId, out var member)
            ? Results.Json(member)
            : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "not found" } }, statusCode: 404);
    }

    /// <summary>
    /// One page of the roster in member-id order (<c>pageSize</c>, <c>continuationToken</c>; reference §5.2); the token
    /// is opaque to the bot and names where the next page starts.
    /// </summary>
    private IResult GetPagedMembers(HttpContext http)
    {
        _calls.Enqueue(new RecordedCall("GET", http.Request.Path + http.Request.QueryString, RawTarget(http), http.Request.Headers.Authorization.ToString(), null, DateTimeOffset.UtcNow));
        var asked = int.TryParse(http.Request.Query["pageSize"], out var size) && size > 0 ? size : 500;
        var pageSize = Math.Min(asked, RosterPageSize);
        var token = http.Request.Query["continuationToken"].ToString();
        var start = token.Length == 0 ? 0 : token.StartsWith("roster-from-", StringComparison.Ordinal) && int.TryParse(token["roster-from-".Length..], out var from) ? from : -1;
        if (start < 0)
        {
            return Results.Json(new { error = new { code = "BadArgument", message = "unknown continuation token" } }, statusCode: 400);
        }

        var roster = Members.Values.OrderBy(member => (string?)member["id"], StringComparer.Ordinal).ToArray();
        var page = new JsonArray(roster.Skip(start).Take(pageSize).Select(member => (JsonNode)member.DeepClone()).ToArray());
        var next = start + pageSize < roster.Length ? $"roster-from-{start + pageSize}" : null;
        return Results.Json(new JsonObject { ["continuationToken"] = next, ["members"] = page });
    }

    private static string RawTarget(HttpContext http) =>
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Request.Path;
}

/// <summary>One call the bot made to the connector.</summary>
/// <param name="ReturnedId">The message id the fake answered with (activity posts only).</param>
/// <param name="Status">What the fake answered (0: cut off without an answer).</param>
/// <param name="ActivityId">The activity in the path: replied to (POST) or replaced (PUT); null for a new message.</param>
public sealed record RecordedCall(
    string Method, string Path, string RawTarget, string Authorization, JsonObject? Body, DateTimeOffset At, string? ReturnedId = null, int Status = 0, string? ActivityId = null)
{
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public string? Text => Body?["text"]?.GetValue<string>();

    public string JsonText => Body?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? string.Empty;
}

/// <summary>A scripted Connector answer: <see cref="Status"/> 0 cuts the connection off without an answer.</summary>
public sealed record ConnectorFault(int Status, int? RetryAfterSeconds = null, string Code = "ServiceError");
