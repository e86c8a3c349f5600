using MeetingBot.MoodHoodSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A MoodHood API simulator on a real Kestrel loopback port, mounted at <c>prefix</c> (the root by default), for
/// tests that need real HTTP. API base and web base are both <see cref="SimulatorServer.BaseUrl"/>.
/// </summary>
public sealed class MoodHoodSimulatorServer : SimulatorServer
{
    private MoodHoodSimulatorServer(WebApplication app, string baseUrl)
        : base(app, baseUrl)
    {
        State = app.Services.GetRequiredService<MoodHoodSimulatorState>();
        Options = app.Services.GetRequiredService<IOptions<MoodHoodSimulatorOptions>>().Value;
    }

    public MoodHoodSimulatorState State { get; }

    public MoodHoodSimulatorOptions Options { get; }

    /// <param name="time">Token and link expiry follow it (e.g. a <c>FakeTimeProvider</c>); the system clock by default.</param>
    /// <param name="prefix">Where the simulator is mounted, as the bot mounts it at <c>/moodhood</c>.</param>
    public static async Task<MoodHoodSimulatorServer> StartAsync(
        Action<MoodHoodSimulatorOptions>? configure = null, TimeProvider? time = null, string prefix = "")
    {
        var (app, address) = await StartAppAsync(
            services =>
            {
                if (time is not null)
                {
                    services.AddSingleton(time);
                }

                services.AddMoodHoodSimulator(configure);
            },
            endpoints => endpoints.MapMoodHoodSimulator(prefix));
        return new MoodHoodSimulatorServer(app, address + prefix.TrimEnd('/'));
    }
}
