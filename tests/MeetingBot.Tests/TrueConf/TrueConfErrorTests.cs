using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfErrorTests
{
    [Fact]
    public async Task Wrong_client_secret_becomes_a_credentials_error_with_the_oauth_reason()
    {
        await using var host = await TrueConfClientHost.StartAsync(new() { ["TrueConf:ClientSecret"] = "wrong" });

        var error = await Assert.ThrowsAsync<TrueConfCredentialsException>(() => host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.CredentialsRejected, error.Failure);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("invalid_client", error.Reason);
        Assert.Empty(host.Simulator.State.Conferences);
    }

    [Fact]
    public async Task Unknown_owner_is_rejected_with_the_servers_reason_and_location()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        var error = await Assert.ThrowsAsync<TrueConfApiException>(() => host.Conferences.StartConferenceAsync(host.Meeting(owner: "nobody"), CancellationToken.None));

        Assert.Equal(ConferencingFailure.Rejected, error.Failure);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("userNotFound", error.Reason);
        Assert.Equal("owner", error.Location);
        Assert.False(string.IsNullOrWhiteSpace(error.ServerReason));
    }

    [Fact]
    public async Task Unknown_conference_is_not_found()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        var error = await Assert.ThrowsAsync<TrueConfApiException>(() => host.Conferences.GetConferenceAsync("9999999999", CancellationToken.None));

        Assert.Equal(ConferencingFailure.NotFound, error.Failure);
        Assert.Equal("conferenceNotFound", error.Reason);
        Assert.Equal("conference_id", error.Location);
    }

    [Fact]
    public async Task An_api_missing_at_the_configured_version_is_unreachable_not_a_deleted_conference()
    {
        await using var host = await TrueConfClientHost.StartAsync(new() { ["TrueConf:ApiVersion"] = "v5" });
        using var http = new Tests.TrueConfSimulator.SimulatorHttp(host.Simulator);
        var id = await http.CreateConferenceAsync("""{"topic":"T","owner":"helen"}""");

        var error = await Assert.ThrowsAsync<TrueConfUnavailableException>(() => host.Conferences.GetConferenceAsync(id, CancellationToken.None));

        Assert.Equal(ConferencingFailure.Unreachable, error.Failure);
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task A_proxy_404_page_is_unreachable_not_a_deleted_conference()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);
        host.Simulator.State.Faults.FailNext(1, 404, "<html><body><h1>404 Not Found</h1><p>nginx</p></body></html>", "text/html", SimulatorOperations.ParticipantList);

        var error = await Assert.ThrowsAsync<TrueConfUnavailableException>(() => host.Conferences.GetParticipantsAsync(started.Id, CancellationToken.None));

        Assert.Equal(ConferencingFailure.Unreachable, error.Failure);
    }

    [Fact]
    public async Task Missing_users_permission_is_a_permission_error()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        host.Simulator.State.Faults.DeniedScopes.Add("users:read");

        var error = await Assert.ThrowsAsync<TrueConfApiException>(() => host.Directory.FindByIdAsync("kevin", CancellationToken.None));

        Assert.Equal(ConferencingFailure.PermissionDenied, error.Failure);
        Assert.Equal("forbidden", error.Reason);
    }

    [Fact]
    public async Task A_proxy_error_page_is_an_unreachable_server_not_a_parse_crash()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        host.Simulator.State.Faults.FailNext(1, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", SimulatorOperations.ConferenceCreate);

        var error = await Assert.ThrowsAsync<TrueConfUnavailableException>(() => host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.Unreachable, error.Failure);
        Assert.Equal(502, error.StatusCode);
    }

    [Fact]
    public async Task Reads_are_retried_after_a_transient_server_error_but_creates_are_not()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        host.Simulator.State.Faults.FailNext(1, 503, """{"error":{"code":503,"message":"Service Unavailable","errors":[]}}""", operation: SimulatorOperations.UserGet);

        var kevin = await host.Directory.FindByIdAsync("kevin", CancellationToken.None);

        Assert.Equal("kevin", kevin?.Id);
        Assert.Equal(2, host.Simulator.State.RequestLog.Count(r => r.Operation == SimulatorOperations.UserGet));

        host.Simulator.State.Faults.FailNext(1, 503, """{"error":{"code":503,"message":"Service Unavailable","errors":[]}}""", operation: SimulatorOperations.ConferenceCreate);
        await Assert.ThrowsAsync<TrueConfUnavailableException>(() => host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None));
        Assert.Equal(1, host.Simulator.State.RequestLog.Count(r => r.Operation == SimulatorOperations.ConferenceCreate));
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_within_the_configured_time()
    {
        await using var host = await TrueConfClientHost.StartAsync(new() { ["TrueConf:RequestTimeout"] = "00:00:01" });
        host.Simulator.State.Faults.ResponseDelay = TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TrueConfTimeoutException>(() => host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.TimedOut, error.Failure);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_closed_port_is_an_unreachable_server()
    {
        var port = FreePort();
        await using var host = await TrueConfClientHost.StartAsync(new() { ["TrueConf:ServerUrl"] = $"http://127.0.0.1:{port}" });

        var error = await Assert.ThrowsAsync<TrueConfUnavailableException>(() => host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.Unreachable, error.Failure);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
