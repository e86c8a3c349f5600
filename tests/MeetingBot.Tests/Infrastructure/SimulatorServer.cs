using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>A video-backend simulator on a real Kestrel loopback port, for tests that need real HTTP.</summary>
public abstract class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    protected SimulatorServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>E.g. <c>http://127.0.0.1:54321</c> (plus the mount prefix, if any), without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>A client whose base address is <see cref="BaseUrl"/>; the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl + "/") };

    /// <summary>Stops the server (a test may do so early, to make the backend unreachable); later calls do nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <returns>The started app and its address, without a trailing slash.</returns>
    protected static Task<(WebApplication App, string BaseUrl)> StartAppAsync(Action<IServiceCollection> services, Action<WebApplication> map) =>
        LoopbackServer.StartAsync(
            collection =>
            {
                // Requests held by ResponseDelay must not keep a finished test waiting.
                collection.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
                services(collection);
            },
            map);
}
