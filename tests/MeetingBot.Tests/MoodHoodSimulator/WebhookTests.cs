using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MeetingBot.MoodHoodSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed class WebhookTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture), IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _received = new();
    private WebApplication? _receiver;
    private string _receiverUrl = "";

    public async Task InitializeAsync()
    {
        (_receiver, var baseUrl) = await LoopbackServer.StartAsync(null, app => app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            _received.Enqueue(await reader.ReadToEndAsync());
            return Results.Ok();
        }));
        _receiverUrl = baseUrl + "/hook";
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    [Fact]
    public async Task Register_read_update_refresh_and_delete()
    {
        var path = $"/spaces/{SpaceId}/webhook";

        var created = await Http.CallAsync(HttpMethod.Post, path, $$"""{"url":"{{_receiverUrl}}"}""");
        var twice = await Http.CallAsync(HttpMethod.Post, path, $$"""{"url":"{{_receiverUrl}}"}""");
        var read = await Http.CallAsync(HttpMethod.Get, path);
        var paused = await Http.CallAsync(HttpMethod.Put, path, """{"isActive":false}""");
        var refreshed = await Http.CallAsync(HttpMethod.Put, path + "/refresh-secret");
        var deleted = await Http.CallAsync(HttpMethod.Delete, path);
        var gone = await Http.CallAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(_receiverUrl, created.Text("url"));
        Assert.True(created.Json.GetProperty("isActive").GetBoolean());
        Assert.Matches("^[0-9a-f]{64}$", created.Text("secret"));
        twice.AssertError(HttpStatusCode.Conflict, "CONFLICT");
        Assert.False(read.Json.TryGetProperty("secret", out _));
        Assert.False(paused.Json.GetProperty("isActive").GetBoolean());
        Assert.NotEqual(created.Text("secret"), refreshed.Text("secret"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        gone.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"url":"not a url"}""")]
    [InlineData("""{"url":"ftp://example.test/hook"}""")]
    public async Task A_bad_url_is_422(string body)
    {
        var answer = await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/webhook", body);

        answer.AssertError(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task Call_start_and_finish_are_posted_signed_over_the_exact_body()
    {
        var secret = (await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/webhook", $$"""{"url":"{{_receiverUrl}}"}""")).Text("secret");
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;

        await Http.OpenAsync(await Http.GenerateAccessAsync(roomId));
        await WaitForAsync(1);
        await Http.CallAsync(HttpMethod.Delete, $"/spaces/{SpaceId}/rooms/{roomId}");
        await WaitForAsync(2);

        var events = _received.Select(text => Verified(text, secret)).ToArray();
        Assert.Equal(["call_started", "call_finished"], events.Select(e => e.GetProperty("eventName").GetString()));
        Assert.All(events, e => Assert.Equal((roomId, SpaceId), (e.GetProperty("roomId").GetString(), e.GetProperty("spaceId").GetString())));
        Assert.All(State.WebhookDeliveries, delivery => Assert.True(delivery.Succeeded));
    }

    [Fact]
    public async Task An_inactive_webhook_gets_nothing_and_an_unreachable_one_is_tried_three_times()
    {
        await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/webhook", """{"url":"http://127.0.0.1:9/unreachable"}""");
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;

        await Http.OpenAsync(await Http.GenerateAccessAsync(roomId));
        var delivery = await WaitForDeliveryAsync();
        await Http.CallAsync(HttpMethod.Put, $"/spaces/{SpaceId}/webhook", """{"isActive":false}""");
        State.DeleteRoom(roomId);

        Assert.Equal((3, false), (delivery.Attempts, delivery.Succeeded));
        Assert.Equal(0, State.PendingWebhookDeliveries);
        Assert.Single(State.WebhookDeliveries);
    }

    [Fact]
    public async Task A_delivery_still_under_way_when_the_simulator_is_reset_is_not_counted_after_it()
    {
        await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/webhook", """{"url":"http://127.0.0.1:9/unreachable"}""");
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;
        await Http.OpenAsync(await Http.GenerateAccessAsync(roomId));

        State.Reset(); // while its three attempts are still being made
        await Task.Delay(1000);

        Assert.Empty(State.WebhookDeliveries);
        Assert.Equal(0, State.PendingWebhookDeliveries);
    }

    /// <summary>Checks the signature against the exact text of <c>body</c> and returns that body.</summary>
    private static JsonElement Verified(string delivery, string secret)
    {
        using var document = JsonDocument.Parse(delivery);
        var body = document.RootElement.GetProperty("body");
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body.GetRawText())));
        Assert.Equal(expected, document.RootElement.GetProperty("signature").GetString());
        return body.Clone();
    }

    private async Task WaitForAsync(int count)
    {
        var watch = Stopwatch.StartNew();
        while (_received.Count < count && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.Equal(count, _received.Count);
    }

    private async Task<WebhookDelivery> WaitForDeliveryAsync()
    {
        var watch = Stopwatch.StartNew();
        while (State.WebhookDeliveries.Count == 0 && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(20);
        }

        return Assert.Single(State.WebhookDeliveries);
    }
}
