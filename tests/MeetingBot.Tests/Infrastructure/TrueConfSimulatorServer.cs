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

    /// <param name="clock">The simulator's clock (join times, token lifetimes); the real one when null.</param>
    public static async Task<TrueConfSimulatorServer> StartAsync(Action<TrueConfSimulatorOptions>? configure = null, TimeProvider? clock = null)
    {
        var (app, address) = await StartAppAsync(
            services =>
            {
                if (clock is not null)
                {
                    services.AddSingleton(clock);
                }

                services.AddTrueConfSimulator(configure);
            },
            endpoints => endpoints.MapTrueConfSimulator());
        return new TrueConfSimulatorServer(app, address);
    }
}
