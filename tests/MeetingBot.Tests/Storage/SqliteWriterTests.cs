using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage;

/// <summary>The single writer: every write handed to it is committed and answered, and none is taken once it has closed.</summary>
public sealed class SqliteWriterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Writes_from_many_callers_at_once_are_each_committed_and_answered()
    {
        var path = StorageServices.NewPath();
        await using var services = StorageServices.Build(path);
        var work = services.GetRequiredService<IAcceptedWorkStore>();

        var accepted = await Task.WhenAll(Enumerable.Range(0, 500).Select(i =>
            Task.Run(async () => await work.TryAcceptAsync($"activity:{i}", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None)))).WaitAsync(Patience);

        Assert.All(accepted, Assert.True);
        Assert.Equal("500", (await StorageServices.QueryAsync(path, "SELECT count(*) FROM accepted_work"))[0][0]);
    }

    [Fact]
    public async Task Writes_handed_over_before_it_closes_are_committed_before_it_stops()
    {
        var path = StorageServices.NewPath();
        var services = StorageServices.Build(path);
        var work = services.GetRequiredService<IAcceptedWorkStore>();
        Assert.True(await work.TryAcceptAsync("activity:first", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None));

        var pending = Enumerable.Range(0, 200)
            .Select(i => work.TryAcceptAsync($"activity:{i}", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None).AsTask())
            .ToArray();
        await services.DisposeAsync().AsTask().WaitAsync(Patience);

        Assert.All(pending, write => Assert.True(write.IsCompletedSuccessfully && write.Result));
        Assert.Equal("201", (await StorageServices.QueryAsync(path, "SELECT count(*) FROM accepted_work"))[0][0]);
    }

    [Fact]
    public async Task A_write_after_it_closed_fails_at_once_rather_than_waiting_for_a_writer_that_is_gone()
    {
        var services = StorageServices.Build(StorageServices.NewPath());
        var work = services.GetRequiredService<IAcceptedWorkStore>();
        Assert.True(await work.TryAcceptAsync("activity:before", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None));
        await services.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            work.TryAcceptAsync("activity:after", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None).AsTask().WaitAsync(Patience));
    }
}
