using MeetingBot.Conferencing;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConfSimulator;
using ConferenceState = MeetingBot.Conferencing.ConferenceState;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.TrueConf;

/// <summary>TrueConf over HTTPS with a certificate from a private CA, as in many corporate networks.</summary>
public sealed class TrueConfCertificateTrustTests : IAsyncLifetime
{
    private readonly TestCertificateAuthority _authority = new();
    private WebApplication _server = null!;
    private string _serverUrl = null!;

    public async Task InitializeAsync()
    {
        var certificate = _authority.IssueServerCertificate("localhost");
        var (server, baseUrl) = await LoopbackServer.StartAsync(services => services.AddTrueConfSimulator(), app => app.MapTrueConfSimulator(), certificate);
        _server = server;
        // The certificate names localhost; the address Kestrel reports is 127.0.0.1.
        _serverUrl = $"https://localhost:{new Uri(baseUrl).Port}";
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _authority.Dispose();
    }

    [Fact]
    public async Task A_server_certificate_from_an_unknown_authority_is_refused()
    {
        await using var host = await TrueConfClientHost.StartAsync(Settings());

        var error = await Assert.ThrowsAsync<TrueConfUnavailableException>(() => host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.Unreachable, error.Failure);
    }

    [Fact]
    public async Task Trusting_the_private_authority_file_makes_the_server_usable()
    {
        var caFile = _authority.WritePem(Path.Combine(Path.GetTempPath(), "meetingbot-tests"));
        await using var host = await TrueConfClientHost.StartAsync(Settings(("TrueConf:CaCertificatePath", caFile)));

        var conference = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        Assert.Equal(ConferenceState.Running, conference.State);
    }

    [Fact]
    public async Task Another_authority_does_not_vouch_for_the_server()
    {
        using var stranger = new TestCertificateAuthority("Some Other CA");
        var caFile = stranger.WritePem(Path.Combine(Path.GetTempPath(), "meetingbot-tests"));
        await using var host = await TrueConfClientHost.StartAsync(Settings(("TrueConf:CaCertificatePath", caFile)));

        await Assert.ThrowsAsync<TrueConfUnavailableException>(() => host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None));
    }

    [Fact]
    public async Task The_explicit_opt_out_accepts_any_certificate()
    {
        await using var host = await TrueConfClientHost.StartAsync(Settings(("TrueConf:DangerouslyAcceptAnyServerCertificate", "true")));

        var conference = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        Assert.Equal(ConferenceState.Running, conference.State);
    }

    private Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["TrueConf:ServerUrl"] = _serverUrl,
            ["TrueConf:ClientId"] = new TrueConfSimulatorOptions().ClientId,
            ["TrueConf:ClientSecret"] = new TrueConfSimulatorOptions().ClientSecret,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
