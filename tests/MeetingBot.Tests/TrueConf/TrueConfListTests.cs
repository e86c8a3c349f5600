using MeetingBot.Conferencing;
using MeetingBot.Tests.TrueConfSimulator;
using MeetingBot.TrueConfSimulator;
using ConferencePage = MeetingBot.Conferencing.ConferencePage;
using ConferenceState = MeetingBot.Conferencing.ConferenceState;

namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfListTests
{
    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Running_conferences_come_page_by_page_with_the_total(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var running = await StartAsync(host, "alex", "alex", "helen", "alex", "helen");
        var stopped = (await StartAsync(host, "helen"))[0];
        await host.Conferences.StopAsync(stopped, CancellationToken.None);

        var pages = new List<ConferencePage>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await host.Conferences.ListAsync(new ConferenceQuery(ConferenceState.Running, null, page, 2), CancellationToken.None));
        }

        Assert.All(pages, page => Assert.Equal(5, page.Total));
        Assert.Equal([2, 2, 1, 0], pages.Select(page => page.Conferences.Count));
        Assert.Equal(running, pages.SelectMany(page => page.Conferences).Select(c => c.Id));
        Assert.All(pages.SelectMany(page => page.Conferences), c =>
        {
            Assert.Equal(ConferenceState.Running, c.State);
            Assert.Equal($"{host.Simulator.BaseUrl}/webrtc/{c.Id}", c.JoinUrl);
        });
    }

    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task The_owner_and_state_filters_combine(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var ids = await StartAsync(host, "alex", "helen", "helen", "alex");
        await host.Conferences.StopAsync(ids[2], CancellationToken.None);

        var helens = await host.Conferences.ListAsync(new ConferenceQuery(null, "helen", 1, 10), CancellationToken.None);
        var helensRunning = await host.Conferences.ListAsync(new ConferenceQuery(ConferenceState.Running, "helen@trueconf.local", 1, 10), CancellationToken.None);
        var stopped = await host.Conferences.ListAsync(new ConferenceQuery(ConferenceState.Stopped, null, 1, 10), CancellationToken.None);

        Assert.Equal(2, helens.Total);
        Assert.Equal([ids[1], ids[2]], helens.Conferences.Select(c => c.Id));
        Assert.All(helens.Conferences, c => Assert.Equal("helen", c.OwnerId));
        Assert.Equal(1, helensRunning.Total);
        Assert.Equal(ids[1], Assert.Single(helensRunning.Conferences).Id);
        Assert.Equal(ids[2], Assert.Single(stopped.Conferences).Id);
        Assert.Equal(ConferenceState.Stopped, stopped.Conferences[0].State);
    }

    [Theory]
    [InlineData("v3.8", """{"type":1,"start_time":1767261600,"duration":3600}""")]
    [InlineData("v4", """{"type":"once","start_time":1767261600,"duration":3600}""")]
    public async Task A_one_time_conference_says_when_it_starts(string apiVersion, string schedule)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var room = (await StartAsync(host, "helen"))[0];
        using var http = new SimulatorHttp(host.Simulator);
        var planned = await http.CreateConferenceAsync(
            $$"""{"topic":"Planning","owner":"helen","mode":"PxP","schedule":{{schedule}}}""", apiVersion == "v4" ? "v4" : "v3.8");

        var listed = await host.Conferences.ListAsync(new ConferenceQuery(ConferenceState.Stopped, "helen", 1, 10), CancellationToken.None);
        var read = await host.Conferences.GetConferenceAsync(room, CancellationToken.None);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767261600), Assert.Single(listed.Conferences, c => c.Id == planned).StartsAt);
        Assert.Null(read.StartsAt);
    }

    [Fact]
    public async Task A_list_answer_without_links_costs_no_read_per_conference_and_says_the_link_is_missing()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        var id = (await StartAsync(host, "helen"))[0];
        host.Simulator.State.Faults.FailNext(1, 200,
            $$"""{"cnt":1,"conferences":[{"id":"{{id}}","topic":"Design review","owner":"helen@trueconf.local","state":"running"}]}""",
            operation: SimulatorOperations.ConferenceList);

        var page = await host.Conferences.ListAsync(new ConferenceQuery(ConferenceState.Running, null, 1, 10), CancellationToken.None);

        var listed = Assert.Single(page.Conferences);
        Assert.Equal((id, ""), (listed.Id, listed.JoinUrl));
        Assert.DoesNotContain(host.Simulator.State.RequestLog, request => request.Operation == SimulatorOperations.ConferenceGet);
    }

    private static async Task<List<string>> StartAsync(TrueConfClientHost host, params string[] owners)
    {
        var ids = new List<string>();
        foreach (var owner in owners)
        {
            ids.Add((await host.Conferences.StartConferenceAsync(host.Meeting(owner: owner), CancellationToken.None)).Id);
        }

        return ids;
    }
}
