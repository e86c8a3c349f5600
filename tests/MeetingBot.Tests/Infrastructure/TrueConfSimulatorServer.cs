using MeetingBot.TrueConfSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A TrueConf Server simulator on a real Kestrel loopback port, mounted at the root, for tests that need
/// real HTTP (timeouts, connection behaviour, a client with its own base address).
/// </summary>
public sealed class TrueConfSimulatorServer : SimulatorServer
{
    private TrueConfSimulatorServer(WebApplication app, string baseUrl)
        : base(app, baseUrl)
    {
        State = app.Services.GetRequiredService<TrueConfSimulatorState>();
        Options = app.Services.GetRequiredService<IOptions<TrueConfSimulatorOptions>>().Value;
    }

    public TrueConfSimulatorState State { get; }

    public TrueConfSimulatorOptions Options { get; }

    public static async Task<TrueConfSimulatorServer> StartAsync(Action<TrueConfSimulatorOptions>? configure = null)
    {
        var (app, address) = await StartAppAsync(
            services => services.AddTrueConfSimulator(configure),
            endpoints => endpoints.MapTrueConfSimulator());
        return new TrueConfSimulatorServer(app, address);
    }
}
