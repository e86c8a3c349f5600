using System.Collections.Concurrent;
using MeetingBot.Delivery;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>The app's reply deliverer on one instance, and a message another instance wrote down, claimed and died with.</summary>
public sealed class RedisOutboxTakeoverTests
{
    private readonly string _prefix = RedisServer.NewPrefix();

    [Fact]
    public async Task A_message_an_instance_claimed_and_died_with_is_delivered_by_the_others_deliverer_once()
    {
        var transport = new RecordingTransport();
        await using var dying = RedisInstances.Build(await RedisServer.Shared, _prefix, RedisInstances.LenientTakeoverAfter);
        var outbox = dying.GetRequiredService<IOutboxStore>();
        await outbox.FindDeliveredAsync("connected", CancellationToken.None);
        using var survivor = await StartDelivererAsync(transport);
        await survivor.Services.GetRequiredService<IOutboxStore>().FindDeliveredAsync("connected", CancellationToken.None);
        await Task.Delay(500); // its deliverer found nothing and sleeps

        await outbox.AddAsync(new OutboxMessage("card:1", "botframework", "19:a", "target", "card"u8.ToArray()), DateTimeOffset.UtcNow, 1, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Single(await outbox.DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None)); // about to deliver it…
        await dying.DisposeAsync(); // …when it dies

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (transport.Delivered.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(RedisInstances.LenientTakeoverAfter * 2);
        Assert.Equal(["card"], transport.Delivered);
        var store = survivor.Services.GetRequiredService<IOutboxStore>();
        Assert.Equal(new DeliveredReply("m-1"), await store.FindDeliveredAsync("card:1", CancellationToken.None));
        await survivor.StopAsync();
    }

    private async Task<IHost> StartDelivererAsync(IReplyTransport transport)
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
        builder.Services.AddMeetingBotStorage(builder.Configuration).AddReplyDelivery().AddSingleton(transport);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private sealed class RecordingTransport : IReplyTransport
    {
        public ConcurrentQueue<string> Delivered { get; } = new();

        public string Source => "botframework";

        public bool ReplacesInPlace(string target) => false;

        public Task<string?> DeliverAsync(string target, byte[] body, CancellationToken cancellationToken)
        {
            Delivered.Enqueue(System.Text.Encoding.UTF8.GetString(body));
            return Task.FromResult<string?>("m-1");
        }
    }
}
