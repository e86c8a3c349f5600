using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace MeetingBot.Tests.Storage;

/// <summary>The storage registrations of the app over one database file, and direct access to that file.</summary>
internal static class StorageServices
{
    /// <summary>The embedded store on the SQLite file at <paramref name="path"/>.</summary>
    public static ServiceProvider Build(string path) => Build(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path });

    /// <summary>The shared store on <paramref name="redis"/>, under a key prefix of its own unless one is given.</summary>
    public static ServiceProvider BuildRedis(RedisServer redis, string? keyPrefix = null) => BuildRedis(redis.ConnectionString, keyPrefix);

    /// <summary>The shared store on the Redis at <paramref name="connectionString"/> (e.g. a proxy in front of one).</summary>
    public static ServiceProvider BuildRedis(string connectionString, string? keyPrefix = null) => Build(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Redis",
        ["Storage:Redis:ConnectionString"] = connectionString,
        ["Storage:Redis:KeyPrefix"] = keyPrefix ?? RedisServer.NewPrefix(),
    });

    /// <summary>The store the settings name, through the same registrations as the app.</summary>
    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .AddLogging()
            .AddMeetingBotStorage(configuration)
            .BuildServiceProvider();
    }

    public static string NewPath() => Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "bot.db");

    /// <summary>A copy of a checked-in database file in a fresh folder, so the test may change it.</summary>
    public static string CopyOfFixture(string name)
    {
        var path = NewPath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", name), path);
        return path;
    }

    /// <summary>Rows of <paramref name="sql"/>, each column as text, read over a connection of its own.</summary>
    public static async Task<List<string[]>> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }

    public static async Task<int> UserVersionAsync(string path) => int.Parse((await QueryAsync(path, "PRAGMA user_version"))[0][0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every table and index with its SQL: equal schemas give equal lists.</summary>
    public static Task<List<string[]>> SchemaAsync(string path) =>
        QueryAsync(path, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
}
