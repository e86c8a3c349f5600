using System.Net;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class ConferencePageTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    private const string HostileTopic = """<script>alert("x")</script> & Q&A""";

    [Fact]
    public async Task Webclient_page_shows_the_conference_with_the_topic_html_encoded()
    {
        var (id, url) = await CreateRunningAsync(HostileTopic, "webclient_url");

        using var response = await Http.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("TrueConf Server simulator", html);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Q&amp;A", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains(id, html);
        Assert.Contains("running", html);
        Assert.Contains("helen@trueconf.local", html);
        Assert.Contains("Dean Novak", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public async Task Conference_page_at_url_renders_too()
    {
        var (_, url) = await CreateRunningAsync("Board meeting", "url");

        using var response = await Http.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Board meeting", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Join_form_marks_the_user_as_joined_and_returns_to_the_page()
    {
        var (id, url) = await CreateRunningAsync("Standup", "webclient_url");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var join = await client.PostAsync(
            $"{url}/join", new FormUrlEncodedContent(new Dictionary<string, string> { ["user_id"] = "dean" }));
        using var page = await client.GetAsync(new Uri(new Uri(url), join.Headers.Location!));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, join.StatusCode);
        Assert.NotNull(State.FindConference(id)!.Participants.Single(p => p.UserId == "dean").JoinedAt);
        Assert.Contains("Dean Novak joined the conference.", html);
        Assert.Contains(State.RequestLog, r => r.Operation == SimulatorOperations.PageJoin);
    }

    [Fact]
    public async Task The_page_can_end_the_conference_for_everyone_as_the_owner_s_client_can()
    {
        var (id, url) = await CreateRunningAsync("Standup", "webclient_url");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var stop = await client.PostAsync($"{url}/stop", new FormUrlEncodedContent(new Dictionary<string, string>()));
        using var page = await client.GetAsync(new Uri(new Uri(url), stop.Headers.Location!));

        Assert.Equal(HttpStatusCode.Redirect, stop.StatusCode);
        Assert.False(State.FindConference(id)!.IsRunning);
        Assert.Contains("ended for everyone", await page.Content.ReadAsStringAsync());
        Assert.Contains(State.RequestLog, r => r.Operation == SimulatorOperations.PageStop);
    }

    [Fact]
    public async Task Joining_a_stopped_conference_is_refused()
    {
        var id = await Http.CreateConferenceAsync("""{"topic":"Later","owner":"helen"}""");

        using var join = await Http.Client.PostAsync(
            $"webrtc/{id}/join", new FormUrlEncodedContent(new Dictionary<string, string> { ["user_id"] = "dean" }));

        Assert.Equal(HttpStatusCode.Conflict, join.StatusCode);
        Assert.Contains("not running", await join.Content.ReadAsStringAsync());
        Assert.Empty(State.FindConference(id)!.Participants);
    }

    [Fact]
    public async Task Unknown_conference_page_is_404_html()
    {
        using var response = await Http.Client.GetAsync("webrtc/%3Cb%3Eid");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no conference with ID &lt;b&gt;id.", html);
    }

    private async Task<(string Id, string Url)> CreateRunningAsync(string topic, string link)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            topic,
            owner = "helen",
            auto_invite = 1,
            invitations = new[] { new { id = "dean" } },
        });
        var created = await Http.CallAsync(HttpMethod.Post, "/conferences", body);
        var conference = created.Json.GetProperty("conference");
        var id = conference.GetProperty("id").GetString()!;
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");
        return (id, conference.GetProperty(link).GetString()!);
    }
}
