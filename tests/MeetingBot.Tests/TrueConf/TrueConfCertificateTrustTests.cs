using System.Net;
using System.Security.Cryptography.X509Certificates;
using MeetingBot.Conferencing;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConfSimulator;
using ConferenceState = MeetingBot.Conferencing.ConferenceState;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Services.AddTrueConfSimulator();
        _server = builder.Build();
        _server.MapTrueConfSimulator();
        await _server.StartAsync();
        var port = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        _serverUrl = $"https://localhost:{port}";
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
