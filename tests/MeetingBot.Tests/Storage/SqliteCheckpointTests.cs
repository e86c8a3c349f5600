using System.Runtime.ExceptionServices;
using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage;

/// <summary>The write-ahead log is copied into the database file beside the writer, not by it.</summary>
public sealed class SqliteCheckpointTests
{
    [Fact]
    public async Task A_few_commits_reach_the_database_file_itself_while_the_writer_is_far_from_its_own_checkpoint()
    {
        var path = StorageServices.NewPath();
        await using var services = StorageServices.Build(path);
        var work = services.GetRequiredService<IAcceptedWorkStore>();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await work.TryAcceptAsync($"activity:{i}", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None));
        }

        // The database file alone (copied without its log) holds what a checkpoint copied into it, and nothing else.
        var copied = await WaitForAsync(() => RowsInFileAloneAsync(path), rows => rows == 3);

        Assert.Equal(3, copied);
        Assert.True(File.Exists(path + "-wal"), "the bot is running in WAL mode, so its log is still there");
    }

    [Fact]
    public async Task Commits_while_a_checkpoint_is_due_throw_nothing_and_still_reach_the_database_file()
    {
        var path = StorageServices.NewPath();
        await using var services = StorageServices.Build(path);
        var work = services.GetRequiredService<IAcceptedWorkStore>();
        var thrown = 0;
        void Count(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is SemaphoreFullException)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        // One commit each, faster than the checkpointer's pause: most of them find a checkpoint already due.
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            for (var i = 0; i < 40; i++)
            {
                Assert.True(await work.TryAcceptAsync($"activity:{i}", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None));
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, thrown);
        // Commits made while a checkpoint was due or running are copied by the next one.
        Assert.Equal(40, await WaitForAsync(() => RowsInFileAloneAsync(path), rows => rows == 40));
    }

    private static async Task<int> RowsInFileAloneAsync(string path)
    {
        var copy = StorageServices.NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(path, copy);
        try
        {
            // Until a checkpoint even the schema is only in the log.
            if ((await StorageServices.QueryAsync(copy, "SELECT name FROM sqlite_master WHERE name = 'accepted_work'")).Count == 0)
            {
                return 0;
            }

            var rows = await StorageServices.QueryAsync(copy, "SELECT count(*) FROM accepted_work");
            return int.Parse(rows[0][0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException torn) when (torn.SqliteErrorCode is 11 or 26)
        {
            // Copied while a checkpoint was writing pages (SQLITE_CORRUPT / SQLITE_NOTADB): look again.
            return 0;
        }
    }

    private static async Task<int> WaitForAsync(Func<Task<int>> read, Func<int, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = await read();
        }

        return value;
    }
}
