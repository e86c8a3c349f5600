using System.Net;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

/// <summary>The conference list as a watcher reads it: filtered by state, page by page, always current.</summary>
public sealed class ConferenceListTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    [Fact]
    public async Task A_state_filtered_list_follows_every_change()
    {
        var a = await Http.CreateConferenceAsync("""{"topic":"A","owner":"helen"}""");
        var b = await Http.CreateConferenceAsync("""{"topic":"B","owner":"helen","auto_invite":1,"invitations":[{"id":"dean"}]}""");
        var c = await Http.CreateConferenceAsync("""{"topic":"C","owner":"dean"}""");
        State.RunConference(a);
        State.RunConference(b);
        Assert.Equal([a, b], await RunningAsync());

        State.StopConference(a);
        Assert.Equal([b], await RunningAsync());

        await Http.CallAsync(HttpMethod.Post, $"/conferences/{c}/run");
        Assert.Equal([b, c], await RunningAsync());

        State.Join(b, "dean");
        var listed = await Http.CallAsync(HttpMethod.Get, "/conferences?state=running&owner=helen");
        Assert.Equal(b, listed.Json.GetProperty("conferences")[0].GetProperty("id").GetString());

        State.DeleteConference(c);
        await Http.CallAsync(HttpMethod.Put, $"/conferences/{a}", """{"topic":"A renamed"}""");
        var stopped = await Http.CallAsync(HttpMethod.Get, "/conferences?state=stopped");
        Assert.Equal([b], await RunningAsync());
        Assert.Equal(1, stopped.Json.GetProperty("cnt").GetInt32());
        Assert.Equal("A renamed", stopped.Json.GetProperty("conferences")[0].GetProperty("topic").GetString());
    }

    [Theory]
    [InlineData("v3.8", "page_id")]
    [InlineData("v4", "page")]
    public async Task Pages_past_the_end_are_empty_with_the_total(string version, string pageParameter)
    {
        for (var i = 0; i < 3; i++)
        {
            State.RunConference(await Http.CreateConferenceAsync("""{"topic":"Room","owner":"helen","mode":"PxP"}""", version));
        }

        var last = await Http.CallAsync(HttpMethod.Get, $"/conferences?state=running&{pageParameter}=2&page_size=2", version: version);
        var beyond = await Http.CallAsync(HttpMethod.Get, $"/conferences?state=running&{pageParameter}=3&page_size=2", version: version);
        var farBeyond = await Http.CallAsync(HttpMethod.Get, $"/conferences?{pageParameter}={int.MaxValue}&page_size={int.MaxValue}", version: version);

        Assert.Equal(1, last.Json.GetProperty("conferences").GetArrayLength());
        Assert.Equal((3, 0), (beyond.Json.GetProperty("cnt").GetInt32(), beyond.Json.GetProperty("conferences").GetArrayLength()));
        Assert.Equal(HttpStatusCode.OK, farBeyond.Status);
        Assert.Equal((3, 0), (farBeyond.Json.GetProperty("cnt").GetInt32(), farBeyond.Json.GetProperty("conferences").GetArrayLength()));
    }

    [Fact]
    public async Task An_unknown_state_matches_nothing()
    {
        State.RunConference(await Http.CreateConferenceAsync("""{"topic":"Room","owner":"helen"}"""));

        var answer = await Http.CallAsync(HttpMethod.Get, "/conferences?state=paused");

        Assert.Equal(0, answer.Json.GetProperty("cnt").GetInt32());
    }

    private async Task<string[]> RunningAsync()
    {
        var answer = await Http.CallAsync(HttpMethod.Get, "/conferences?state=running");
        var ids = answer.Json.GetProperty("conferences").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids.Length, answer.Json.GetProperty("cnt").GetInt32());
        return ids;
    }
}
