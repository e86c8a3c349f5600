using MeetingBot.Storage;
using MeetingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Tests.Storage;

/// <summary>The embedded store on a real SQLite file, through the same registrations as the app.</summary>
public sealed class SqliteStoreTests : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SqliteStoreTests() => _services = Build(Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "bot.db"));

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task Concurrent_claims_are_each_granted_once_and_repeats_are_refused()
    {
        var claims = _services.GetRequiredService<IAcceptedWorkStore>();
        var keys = Enumerable.Range(0, 300).Select(i => $"activity:{i}").ToArray();

        var first = await Task.WhenAll(keys.Select(key => claims.TryAcceptAsync(key, "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None).AsTask()));
        var again = await Task.WhenAll(keys.Select(key => claims.TryAcceptAsync(key, "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None).AsTask()));

        Assert.All(first, Assert.True);
        Assert.All(again, Assert.False);
    }

    [Fact]
    public async Task An_expired_claim_can_be_taken_again()
    {
        var claims = _services.GetRequiredService<IAcceptedWorkStore>();

        Assert.True(await claims.TryAcceptAsync("k", "test", "{}"u8.ToArray(), TimeSpan.FromMilliseconds(1), CancellationToken.None));
        await Task.Delay(20);

        Assert.True(await claims.TryAcceptAsync("k", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.False(await claims.TryAcceptAsync("k", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Expired_claims_are_cleaned_up_by_their_expiry_index_not_a_table_scan()
    {
        var claims = _services.GetRequiredService<IAcceptedWorkStore>();
        var database = _services.GetRequiredService<SqliteDatabase>();
        for (var i = 0; i < 999; i++)
        {
            await claims.TryAcceptAsync($"old:{i}", "test", "{}"u8.ToArray(), TimeSpan.FromMilliseconds(1), CancellationToken.None);
        }

        await Task.Delay(20);
        await claims.TryAcceptAsync("new", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(30), CancellationToken.None); // the 1000th claim cleans up

        var left = await ColumnAsync(database, "SELECT key FROM claimed_keys", column: 0);
        var plan = await ColumnAsync(database, "EXPLAIN QUERY PLAN DELETE FROM claimed_keys WHERE expires_at <= 0", column: 3);

        Assert.Equal(["new"], left);
        Assert.Contains(plan, step => step.Contains("claimed_keys_by_expiry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unfinished_work_is_resumed_counting_its_attempts_and_dropped_after_the_last()
    {
        var work = _services.GetRequiredService<IAcceptedWorkStore>();
        await work.TryAcceptAsync("a", "botframework", "{\"id\":\"a\"}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await work.TryAcceptAsync("b", "botframework", "{\"id\":\"b\"}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await work.TryAcceptAsync("c", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await work.CompleteAsync("b", CancellationToken.None);

        var second = await work.TakeUnfinishedAsync("botframework", Later, 3, CancellationToken.None);
        var third = await work.TakeUnfinishedAsync("botframework", Later, 3, CancellationToken.None);
        var fourth = await work.TakeUnfinishedAsync("botframework", Later, 3, CancellationToken.None);
        var after = await work.TakeUnfinishedAsync("botframework", Later, 3, CancellationToken.None);

        var resumed = Assert.Single(second.Resumed);
        Assert.Equal(("a", "{\"id\":\"a\"}", 2), (resumed.Key, System.Text.Encoding.UTF8.GetString(resumed.Payload), resumed.Attempts));
        Assert.Equal(3, Assert.Single(third.Resumed).Attempts);
        Assert.Empty(fourth.Resumed);
        Assert.Equal(["a"], fourth.Abandoned);
        Assert.Empty(after.Resumed);
        Assert.Empty(after.Abandoned);
    }

    [Fact]
    public async Task Work_accepted_since_the_process_started_is_its_own_and_is_not_taken_for_unfinished_work()
    {
        var work = _services.GetRequiredService<IAcceptedWorkStore>();
        await work.TryAcceptAsync("earlier", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Task.Delay(20);
        var started = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        await work.TryAcceptAsync("own", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        var taken = await work.TakeUnfinishedAsync("slack", started, 3, CancellationToken.None);
        var later = await work.TakeUnfinishedAsync("slack", Later, 3, CancellationToken.None);

        Assert.Equal(["earlier"], taken.Resumed.Select(resumed => resumed.Key));
        // The one taken is on its second attempt now; the own one was never counted as resumed.
        Assert.Equal([("earlier", 3), ("own", 2)], later.Resumed.Select(resumed => (resumed.Key, resumed.Attempts)).OrderBy(pair => pair.Key));
    }

    private static DateTimeOffset Later => DateTimeOffset.UtcNow.AddMinutes(1);

    [Fact]
    public async Task Released_work_can_be_accepted_again_but_completed_work_stays_claimed()
    {
        var work = _services.GetRequiredService<IAcceptedWorkStore>();
        await work.TryAcceptAsync("released", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await work.TryAcceptAsync("completed", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        await work.ReleaseAsync("released", CancellationToken.None);
        await work.CompleteAsync("completed", CancellationToken.None);

        Assert.True(await work.TryAcceptAsync("released", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.False(await work.TryAcceptAsync("completed", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_write_fails_only_its_caller_and_the_writes_beside_it_are_kept()
    {
        var database = _services.GetRequiredService<SqliteDatabase>();
        var links = _services.GetRequiredService<IUserLinkStore>();

        var broken = database.WriteAsync<int>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO no_such_table VALUES (1)";
            return await command.ExecuteNonQueryAsync();
        }, CancellationToken.None);
        var good = Enumerable.Range(0, 20).Select(i => links.SetAsync("msteams", $"29:user{i}", Link($"user{i}"), CancellationToken.None)).ToArray();

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => broken);
        await Task.WhenAll(good);
        Assert.Equal(Link("user7"), await links.FindAsync("msteams", "29:user7", CancellationToken.None));
    }

    [Fact]
    public async Task A_caller_that_stops_waiting_neither_loses_its_write_nor_breaks_the_others()
    {
        var database = _services.GetRequiredService<SqliteDatabase>();
        var links = _services.GetRequiredService<IUserLinkStore>();
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        var cancelledInside = database.WriteAsync<int>(_ => throw new TaskCanceledException(), CancellationToken.None);
        var abandoned = links.SetAsync("msteams", "29:gone", Link("gone"), gone.Token);
        var others = Enumerable.Range(0, 20).Select(i => links.SetAsync("msteams", $"29:other{i}", Link($"other{i}"), CancellationToken.None)).ToArray();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelledInside);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        await Task.WhenAll(others);
        Assert.Equal(Link("other19"), await links.FindAsync("msteams", "29:other19", CancellationToken.None));
        Assert.Equal(Link("gone"), await links.FindAsync("msteams", "29:gone", CancellationToken.None));
    }

    [Fact]
    public async Task A_database_that_cannot_be_written_is_reported_unhealthy_not_thrown()
    {
        await using var services = Build("/proc/meetingbot-cannot-write-here/bot.db");
        var health = services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["storage"].Status);
        Assert.Contains("/proc/meetingbot-cannot-write-here/bot.db", report.Entries["storage"].Description);
    }

    private static Task<List<string>> ColumnAsync(SqliteDatabase database, string sql, int column) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(column));
            }

            return values;
        }, CancellationToken.None);

    private static ServiceProvider Build(string path) => StorageServices.Build(path);

    private static UserLink Link(string id) => new(id, LinkProvenance.EmailVerified);
}
