using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

/// <summary>One simulator per test class (tests of a class run one after another); reset before every test.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private TrueConfSimulatorServer? _server;

    public TrueConfSimulatorServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await TrueConfSimulatorServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

public abstract class SimulatorTestBase : IClassFixture<SimulatorFixture>, IDisposable
{
    protected SimulatorTestBase(SimulatorFixture fixture)
    {
        Server = fixture.Server;
        Server.State.Reset();
        Http = new SimulatorHttp(Server);
    }

    protected TrueConfSimulatorServer Server { get; }

    protected TrueConfSimulatorState State => Server.State;

    internal SimulatorHttp Http { get; }

    public void Dispose() => Http.Dispose();
}
