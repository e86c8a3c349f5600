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
        var body = JsonNode.Parse(text) as JsonObject;
        var isMessage = body?["type"]?.GetValue<string>() == "message";
        var fault = !isMessage ? null
            : IsDown ? new ConnectorFault(0)
            : _faults.TryDequeue(out var next) ? next
            : FailActivitiesWith is { } failing ? new ConnectorFault(failing) : null;
        var call = new RecordedCall(http.Request.Method, http.Request.Path + http.Request.QueryString, RawTarget(http),
            http.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow, id, fault?.Status ?? 201);
        _calls.Enqueue(call);
        await _activities.Writer.WriteAsync(call);
        switch (fault)
        {
            case null:
                return Results.Json(new { id }, statusCode: 201);
            case { Status: 0 }:
                http.Abort();
                return Results.Empty;
            default:
                if (fault.RetryAfterSeconds is { } wait)
                {
                    http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Results.Json(new { error = new { code = "ServiceError", message = "failing on purpose" } }, statusCode: fault.Status);
        }
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
/// <param name="Status">What the fake answered (0: cut off without an answer).</param>
public sealed record RecordedCall(string Method, string Path, string RawTarget, string Authorization, JsonObject? Body, DateTimeOffset At, string? ReturnedId = null, int Status = 0)
{
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public string? Text => Body?["text"]?.GetValue<string>();

    public string JsonText => Body?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? string.Empty;
}

/// <summary>A scripted Connector answer: <see cref="Status"/> 0 cuts the connection off without an answer.</summary>
public sealed record ConnectorFault(int Status, int? RetryAfterSeconds = null);
