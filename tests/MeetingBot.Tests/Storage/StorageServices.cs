using MeetingBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace MeetingBot.Tests.Storage;

/// <summary>The storage registrations of the app over one database file, and direct access to that file.</summary>
internal static class StorageServices
{
    public static ServiceProvider Build(string path) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path }).Build())
        .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
        .AddLogging()
        .AddMeetingBotStorage()
        .BuildServiceProvider();

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
