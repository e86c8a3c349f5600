using System.Threading.Channels;
using MeetingBot.Hosting;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>
/// Two hosts with the app's accepted-work registrations on one real redis-server: the resumer of each renews its own
/// running work and takes over what a dead one left, on its own, without a restart.
/// </summary>
public sealed class RedisUnfinishedWorkTakeoverTests : IAsyncLifetime
{
    private readonly string _prefix = RedisServer.NewPrefix();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IHost _running = null!;
    private IHost _other = null!;
    private RecordingSource _otherResumes = null!;

    public async Task InitializeAsync()
    {
        (_running, _) = await StartAsync();
        (_other, _otherResumes) = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await CrashAsync(_other);
        await CrashAsync(_running);
    }

    [Fact]
    public async Task Work_a_live_instance_is_running_stays_its_own_and_is_taken_over_once_that_instance_dies()
    {
        var runner = _running.Services.GetRequiredService<AcceptedWorkRunner>();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.Equal(Acceptance.Accepted, await runner.AcceptAsync("activity:1", RecordingSource.Name, "{\"text\":\"start\"}"u8.ToArray(), async (attempt, _) =>
        {
            started.TrySetResult(attempt);
            await _release.Task; // a long command: still running when its instance dies
        }));
        Assert.Equal(1, await started.Task.WaitAsync(TimeSpan.FromSeconds(5)));

        // Running for several takeover timeouts: its instance's resumer keeps renewing it.
        var takenWhileRunning = await _otherResumes.Resumed.WaitToReadAsync().AsTask().WaitAsync(RedisInstances.LenientTakeoverAfter * 3).ContinueWith(wait => wait.IsCompletedSuccessfully);

        await CrashAsync(_running); // no shutdown, no completion, its connection to Redis gone
        var resumed = await _otherResumes.Resumed.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(takenWhileRunning);
        Assert.Equal(("activity:1", 2, "{\"text\":\"start\"}"), (resumed.Key, resumed.Attempts, System.Text.Encoding.UTF8.GetString(resumed.Payload)));
        await Task.Delay(RedisInstances.LenientTakeoverAfter * 2);
        Assert.False(_otherResumes.Resumed.TryRead(out _)); // once: the taker owns it now and renews it
    }

    private static ValueTask CrashAsync(IHost host) => ((IAsyncDisposable)host).DisposeAsync();

    private async Task<(IHost Host, RecordingSource Source)> StartAsync()
    {
        var redis = await RedisServer.Shared;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:ConnectionString"] = redis.ConnectionString,
            ["Storage:Redis:KeyPrefix"] = _prefix,
            ["Storage:Redis:TakeoverAfter"] = RedisInstances.LenientTakeoverAfter.ToString(),
        });
        var source = new RecordingSource();
        builder.Services.AddMeetingBotStorage(builder.Configuration).AddAcceptedWork().AddSingleton<IResumableWork>(source);
        var host = builder.Build();
        await host.StartAsync();
        return (host, source);
    }

    private sealed class RecordingSource : IResumableWork
    {
        public const string Name = "test";

        private readonly Channel<AcceptedWork> _resumed = Channel.CreateUnbounded<AcceptedWork>();

        public ChannelReader<AcceptedWork> Resumed => _resumed.Reader;

        public string Source => Name;

        public Task ResumeAsync(AcceptedWork accepted, CancellationToken cancellationToken) => _resumed.Writer.WriteAsync(accepted, cancellationToken).AsTask();
    }
}
