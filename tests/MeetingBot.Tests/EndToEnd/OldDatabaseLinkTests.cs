using MeetingBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// A database written by the release before links needed proof opens and keeps working; its links were only
/// people's word, so they are kept as "claimed" and no longer trusted (the e-mail match still applies).
/// </summary>
public sealed class OldDatabaseLinkTests
{
    // user_links exactly as the earlier release created it.
    private const string OldSchema = """
        CREATE TABLE user_links (
            channel TEXT NOT NULL,
            chat_user_id TEXT NOT NULL,
            conference_user_id TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (channel, chat_user_id)
        );
        INSERT INTO user_links VALUES ('msteams', '29:alex-aad', 'helen', 1764000000000);
        INSERT INTO user_links VALUES ('msteams', '29:pat', 'helen', 1764000000000);
        """;

    [Fact]
    public async Task Old_unproven_links_are_kept_as_claims_and_no_longer_decide_who_owns_a_meeting()
    {
        var database = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        await ExecuteAsync(database, OldSchema);

        await using (var bot = await BotHarness.StartAsync(databasePath: database))
        {
            bot.Connector.AddMember("29:pat", "Pat Unknown", "helen.carter@contoso.example");
            await bot.SendAsync(bot.Message("start meeting"));
            await bot.Connector.NextMessageAsync();
            await bot.SendAsync(bot.Message("start meeting", fromId: "29:pat", fromName: "Pat Unknown"));
            await bot.Connector.NextMessageAsync();

            // Alex's old claim to helen is ignored; Pat's equals the e-mail match, so Pat still gets helen.
            Assert.Equal(["alex", "helen"], bot.TrueConf.Conferences.Select(c => c.OwnerId).ToArray());
        }

        Assert.Equal(["Claimed", "Claimed"], await ProvenancesAsync(database));
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ProvenancesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT provenance FROM user_links ORDER BY chat_user_id";
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
