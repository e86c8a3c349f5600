using MeetingBot.MoodHoodSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.MoodHoodSimulator;

/// <summary>One simulator per test class on a fake clock (tests of a class run one after another); reset before every test.</summary>
public sealed class MoodHoodFixture : IAsyncLifetime
{
    private MoodHoodSimulatorServer? _server;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    public MoodHoodSimulatorServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _server = await MoodHoodSimulatorServer.StartAsync(options => options.WebhookRetryDelay = TimeSpan.FromMilliseconds(50), Clock);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

public abstract class MoodHoodTestBase : IClassFixture<MoodHoodFixture>, IDisposable
{
    protected MoodHoodTestBase(MoodHoodFixture fixture)
    {
        Server = fixture.Server;
        Clock = fixture.Clock;
        Server.State.Reset();
        Http = new MoodHoodHttp(Server);
    }

    protected MoodHoodSimulatorServer Server { get; }

    protected MoodHoodSimulatorState State => Server.State;

    protected FakeTimeProvider Clock { get; }

    protected string SpaceId => Server.Options.SpaceId;

    internal MoodHoodHttp Http { get; }

    public void Dispose() => Http.Dispose();
}
