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

    /// <summary>When set, activity posts answer this status instead of 201.</summary>
    public int? FailActivitiesWith { get; set; }

    public IReadOnlyList<RecordedCall> Calls => _calls.ToArray();

    public static async Task<FakeBotConnector> StartAsync()
    {
        FakeBotConnector? connector = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(null, app =>
        {
            app.MapMethods("/teams/v3/conversations/{conversationId}/activities/{**activityId}", ["POST", "PUT"], (Delegate)((HttpContext http) => connector!.RecordActivityAsync(http)));
            app.MapPost("/teams/v3/conversations/{conversationId}/activities", (Delegate)((HttpContext http) => connector!.RecordActivityAsync(http)));
            app.MapGet("/teams/v3/conversations/{conversationId}/members/{memberId}", (HttpContext http, string memberId) => connector!.GetMember(http, memberId));
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

    public void AddMember(string id, string name, string email) =>
        Members[id] = new JsonObject { ["id"] = id, ["name"] = name, ["email"] = email, ["userPrincipalName"] = email, ["userRole"] = "user" };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> RecordActivityAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        var id = Interlocked.Increment(ref _nextId).ToString();
        var call = new RecordedCall(http.Request.Method, http.Request.Path + http.Request.QueryString, RawTarget(http),
            http.Request.Headers.Authorization.ToString(), JsonNode.Parse(text) as JsonObject, DateTimeOffset.UtcNow, id);
        _calls.Enqueue(call);
        await _activities.Writer.WriteAsync(call);
        if (FailActivitiesWith is { } status)
        {
            return Results.Json(new { error = new { code = "ServiceError", message = "failing on purpose" } }, statusCode: status);
        }

        return Results.Json(new { id }, statusCode: 201);
    }

    private IResult GetMember(HttpContext http, string memberId)
    {
        _calls.Enqueue(new RecordedCall("GET", http.Request.Path, RawTarget(http), http.Request.Headers.Authorization.ToString(), null, DateTimeOffset.UtcNow));
        return Members.TryGetValue(memberId, out var member)
            ? Results.Json(member)
            : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "not found" } }, statusCode: 404);
    }

    private static string RawTarget(HttpContext http) =>
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Request.Path;
}

/// <summary>One call the bot made to the connector.</summary>
/// <param name="ReturnedId">The message id the fake answered with (activity posts only).</param>
public sealed record RecordedCall(string Method, string Path, string RawTarget, string Authorization, JsonObject? Body, DateTimeOffset At, string? ReturnedId = null)
{
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public string? Text => Body?["text"]?.GetValue<string>();

    public string JsonText => Body?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? string.Empty;
}
