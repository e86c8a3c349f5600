using MeetingBot.TrueConfSimulator;
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
/// A TrueConf Server simulator on a real Kestrel loopback port, mounted at the root, for tests that need
/// real HTTP (timeouts, connection behaviour, a client with its own base address).
/// </summary>
public sealed class TrueConfSimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private TrueConfSimulatorServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        State = app.Services.GetRequiredService<TrueConfSimulatorState>();
        Options = app.Services.GetRequiredService<IOptions<TrueConfSimulatorOptions>>().Value;
    }

    /// <summary>E.g. <c>http://127.0.0.1:54321</c>, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public TrueConfSimulatorState State { get; }

    public TrueConfSimulatorOptions Options { get; }

    /// <param name="clock">The simulator's clock (join times, token lifetimes); the real one when null.</param>
    public static async Task<TrueConfSimulatorServer> StartAsync(Action<TrueConfSimulatorOptions>? configure = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // Requests held by ResponseDelay must not keep a finished test waiting.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddTrueConfSimulator(configure);

        var app = builder.Build();
        app.MapTrueConfSimulator();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new TrueConfSimulatorServer(app, address.TrimEnd('/'));
    }

    /// <summary>A client whose base address is <see cref="BaseUrl"/>; the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl + "/") };

    /// <summary>Stops the server (a test may do so early, to make TrueConf unreachable); later calls do nothing.</summary>
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
