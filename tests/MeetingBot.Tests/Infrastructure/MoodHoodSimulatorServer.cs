using MeetingBot.MoodHoodSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A MoodHood API simulator on a real Kestrel loopback port, mounted at <c>prefix</c> (the root by default), for
/// tests that need real HTTP. API base and web base are both <see cref="BaseUrl"/>.
/// </summary>
public sealed class MoodHoodSimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private MoodHoodSimulatorServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        State = app.Services.GetRequiredService<MoodHoodSimulatorState>();
        Options = app.Services.GetRequiredService<IOptions<MoodHoodSimulatorOptions>>().Value;
    }

    /// <summary>E.g. <c>http://127.0.0.1:54321</c> (plus the prefix), without a trailing slash.</summary>
    public string BaseUrl { get; }

    public MoodHoodSimulatorState State { get; }

    public MoodHoodSimulatorOptions Options { get; }

    /// <param name="time">Token and link expiry follow it (e.g. a <c>FakeTimeProvider</c>); the system clock by default.</param>
    /// <param name="prefix">Where the simulator is mounted, as the bot mounts it at <c>/moodhood</c>.</param>
    public static async Task<MoodHoodSimulatorServer> StartAsync(
        Action<MoodHoodSimulatorOptions>? configure = null, TimeProvider? time = null, string prefix = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // Requests held by ResponseDelay must not keep a finished test waiting.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddMoodHoodSimulator(configure);

        var app = builder.Build();
        app.MapMoodHoodSimulator(prefix);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new MoodHoodSimulatorServer(app, address.TrimEnd('/') + prefix.TrimEnd('/'));
    }

    /// <summary>A client whose base address is <see cref="BaseUrl"/>; the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl + "/") };

    /// <summary>Stops the server (a test may do so early, to make MoodHood unreachable); later calls do nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
