using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>The store a chat channel keeps its own small values about meetings in.</summary>
public abstract class ChannelStateStoreContract : SharedStoreContract
{
    private IChannelStateStore Store => Get<IChannelStateStore>();

    [Fact]
    public async Task A_key_never_set_has_no_value()
    {
        Assert.Null(await Store.GetAsync("slack-call:nothing", CancellationToken.None));
    }

    [Fact]
    public async Task A_value_set_is_read_back_and_a_second_set_replaces_it()
    {
        await Store.SetAsync("k", "{\"call_id\":\"R1\"}", CancellationToken.None);
        Assert.Equal("{\"call_id\":\"R1\"}", await Store.GetAsync("k", CancellationToken.None));

        await Store.SetAsync("k", "second", CancellationToken.None);
        Assert.Equal("second", await Store.GetAsync("k", CancellationToken.None));
        Assert.Null(await Store.GetAsync("K", CancellationToken.None));
    }

    [Fact]
    public async Task Values_outlive_the_process()
    {
        await Store.SetAsync("slack-call:meeting-1", "R0001", CancellationToken.None);
        await Services.DisposeAsync();

        var reopened = await OpenAgainAsync();
        Assert.Equal("R0001", await reopened.GetRequiredService<IChannelStateStore>().GetAsync("slack-call:meeting-1", CancellationToken.None));
    }
}

public sealed class SqliteChannelStateStoreContractTests : ChannelStateStoreContract
{
    private readonly SqliteFile _file = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _file.OpenAsync();
}

public sealed class RedisChannelStateStoreContractTests : ChannelStateStoreContract
{
    private readonly RedisPrefix _prefix = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _prefix.OpenAsync();
}
