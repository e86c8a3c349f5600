using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed partial class MeetingPageTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture)
{
    [Fact]
    public async Task The_first_visit_admits_the_person_and_a_second_is_410()
    {
        var (roomId, _) = await CreateRoomAsync("Design review");
        var link = await Http.GenerateAccessAsync(roomId, """{"username":"Kevin <Smith>","role":"user","externalUserId":"29:kevin"}""");

        var first = await Http.OpenAsync(link);
        var second = await Http.OpenAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("text/html", first.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Kevin &lt;Smith&gt; — in Design review", first.Body);
        Assert.Contains(">Leave</button>", first.Body);
        Assert.Equal(HttpStatusCode.Gone, second.Status);
        Assert.Contains("already used", second.Body);
        var spent = Assert.Single(State.Links);
        Assert.True(spent.IsSpent);
        Assert.Equal(1, spent.Uses);
        var person = Assert.Single(Assert.Single(State.Calls).Present);
        Assert.Equal(("Kevin <Smith>", "29:kevin"), (person.Name, person.ExternalUserId));
    }

    [Fact]
    public async Task Head_never_spends_a_link()
    {
        var (roomId, _) = await CreateRoomAsync();
        var link = await Http.GenerateAccessAsync(roomId);

        var head = await Http.OpenAsync(link, HttpMethod.Head);
        var get = await Http.OpenAsync(link);
        var headAfter = await Http.OpenAsync(link, HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(HttpStatusCode.Gone, headAfter.Status);
        Assert.Equal(1, Assert.Single(State.Links).Uses);
        Assert.Single(Assert.Single(State.Calls).Participants);
    }

    [Fact]
    public async Task An_expired_link_is_410_even_unused()
    {
        var (roomId, _) = await CreateRoomAsync();
        var link = await Http.GenerateAccessAsync(roomId, """{"username":"Kevin","role":"user","ttl":60}""");

        Clock.Advance(TimeSpan.FromSeconds(60));
        var answer = await Http.OpenAsync(link);

        Assert.Equal(HttpStatusCode.Gone, answer.Status);
        Assert.Contains("expired", answer.Body);
        Assert.False(Assert.Single(State.Links).IsSpent);
        Assert.Empty(State.Calls);
    }

    [Fact]
    public async Task A_permanent_link_works_repeatedly_until_its_ttl()
    {
        var (roomId, _) = await CreateRoomAsync();
        var link = await Http.GenerateAccessAsync(roomId, """{"username":"Kevin","role":"user","ttl":3600,"isPermanent":true}""");

        var first = await Http.OpenAsync(link);
        var second = await Http.OpenAsync(link);
        Clock.Advance(TimeSpan.FromHours(1));
        var late = await Http.OpenAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.Gone, late.Status);
        Assert.Equal(2, Assert.Single(State.Links).Uses);
    }

    [Fact]
    public async Task A_forged_token_or_one_of_another_room_is_401()
    {
        var (_, alias) = await CreateRoomAsync();
        var (otherRoomId, _) = await CreateRoomAsync("Other");
        var otherLink = await Http.GenerateAccessAsync(otherRoomId);
        var otherToken = State.FindLink(Token(otherLink))!.AccessToken;

        var forged = await Http.OpenAsync($"room/{alias}?participantName=Eve&accessToken=forged");
        var borrowed = await Http.OpenAsync($"room/{alias}?participantName=Eve&accessToken={otherToken}");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, borrowed.Status);
        Assert.False(State.FindLink(otherToken)!.IsSpent);
        Assert.Empty(State.Calls);
    }

    [Fact]
    public async Task A_private_room_without_a_token_is_401_and_a_public_one_admits_a_guest()
    {
        var (_, privateAlias) = await CreateRoomAsync();
        var (_, publicAlias) = await CreateRoomAsync("Town hall", isPublic: true);

        var closed = await Http.OpenAsync($"room/{privateAlias}");
        var open = await Http.OpenAsync($"room/{publicAlias}?participantName=Visitor");

        Assert.Equal(HttpStatusCode.Unauthorized, closed.Status);
        Assert.Contains("private", closed.Body);
        Assert.Equal(HttpStatusCode.OK, open.Status);
        Assert.Contains("Visitor — in Town hall", open.Body);
    }

    [Fact]
    public async Task Unknown_alias_and_deleted_room_are_404_and_the_links_die()
    {
        var (roomId, _) = await CreateRoomAsync();
        var link = await Http.GenerateAccessAsync(roomId);

        var unknown = await Http.OpenAsync("room/nosuchroom?participantName=x&accessToken=y");
        await Http.CallAsync(HttpMethod.Delete, $"/spaces/{SpaceId}/rooms/{roomId}");
        var deleted = await Http.OpenAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, deleted.Status);
        Assert.Contains("Room not found", deleted.Body);
    }

    [Fact]
    public async Task The_page_can_be_framed_by_another_origin_and_runs_only_its_own_script()
    {
        var (roomId, _) = await CreateRoomAsync();
        var page = await Http.OpenAsync(await Http.GenerateAccessAsync(roomId));

        var csp = page.Response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.False(page.Response.Headers.Contains("X-Frame-Options"));
        Assert.DoesNotContain("frame-ancestors", csp);
        var nonce = NonceInPolicy().Match(csp).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script nonce=\"{nonce}\">", page.Body);
        Assert.Contains("window.parent.postMessage('ld_finish_call','*')", page.Body);
        Assert.Equal("no-referrer", page.Response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", page.Response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Leaving_as_the_last_one_ends_the_call()
    {
        var (roomId, alias) = await CreateRoomAsync();
        var kevin = await EnterAsync(roomId, "Kevin");
        var dean = await EnterAsync(roomId, "Dean");

        var deanLeaves = await LeaveAsync(alias, dean);
        var statusForKevin = await StatusAsync(alias, kevin);
        var kevinLeaves = await LeaveAsync(alias, kevin);

        Assert.Equal(HttpStatusCode.OK, deanLeaves.Status);
        Assert.Contains("You left the call", deanLeaves.Body);
        Assert.False(statusForKevin.GetProperty("ended").GetBoolean());
        Assert.Equal(["Kevin"], statusForKevin.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("The call has ended", kevinLeaves.Body);
        var call = Assert.Single(State.Calls);
        Assert.False(call.IsActive);
        Assert.Empty(call.Present);
    }

    [Fact]
    public async Task The_leave_button_answers_json_to_the_page_script()
    {
        var (roomId, alias) = await CreateRoomAsync();
        var kevin = await EnterAsync(roomId, "Kevin");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"room/{alias}/leave")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["session"] = kevin }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Http.Client.SendAsync(request);
        var answer = await MoodHoodAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json.GetProperty("callEnded").GetBoolean());
    }

    [Fact]
    public async Task An_open_page_learns_that_its_room_was_deleted()
    {
        var (roomId, alias) = await CreateRoomAsync();
        var kevin = await EnterAsync(roomId, "Kevin");
        Assert.True((await StatusAsync(alias, kevin)).GetProperty("inCall").GetBoolean());

        Assert.True(State.DeleteRoom(roomId));
        using var response = await Http.Client.GetAsync($"room/{alias}/status?session={kevin}");
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(status.GetProperty("ended").GetBoolean());
        Assert.False(Assert.Single(State.Calls).IsActive);
    }

    [Fact]
    public async Task Page_visits_are_logged_and_can_fail_on_purpose()
    {
        var (roomId, _) = await CreateRoomAsync();
        var link = await Http.GenerateAccessAsync(roomId);
        State.Faults.FailNext(1, 502, "bad gateway", "text/plain", MoodHoodOperations.PageView);

        var failed = await Http.OpenAsync(link);
        var retried = await Http.OpenAsync(link);

        Assert.Equal(HttpStatusCode.BadGateway, failed.Status);
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Equal(2, State.RequestLog.Count(request => request.Operation == MoodHoodOperations.PageView));
    }

    private async Task<(string RoomId, string Alias)> CreateRoomAsync(string name = "Design review", bool isPublic = false)
    {
        var room = await Http.CreateRoomAsync($$"""{"name":"{{name}}","type":"lesson","isPublic":{{(isPublic ? "true" : "false")}}}""");
        return (room.GetProperty("id").GetString()!, room.GetProperty("alias").GetString()!);
    }

    /// <summary>Opens a fresh link for <paramref name="name"/>; returns the page's session.</summary>
    private async Task<string> EnterAsync(string roomId, string name)
    {
        var page = await Http.OpenAsync(await Http.GenerateAccessAsync(roomId, $$"""{"username":"{{name}}","role":"user"}"""));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return SessionInPage().Match(page.Body).Groups[1].Value;
    }

    private async Task<MoodHoodAnswer> LeaveAsync(string alias, string session)
    {
        using var response = await Http.Client.PostAsync(
            $"room/{alias}/leave", new FormUrlEncodedContent(new Dictionary<string, string> { ["session"] = session }));
        return await MoodHoodAnswer.ReadAsync(response);
    }

    private async Task<JsonElement> StatusAsync(string alias, string session)
    {
        using var response = await Http.Client.GetAsync($"room/{alias}/status?session={session}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Token(string link) => link[(link.IndexOf("accessToken=", StringComparison.Ordinal) + "accessToken=".Length)..];

    [GeneratedRegex("script-src 'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("name=\"session\" value=\"([^\"]+)\"")]
    private static partial Regex SessionInPage();
}
