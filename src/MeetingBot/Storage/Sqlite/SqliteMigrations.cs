using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// Brings a database written by an earlier release up to the current schema. <see cref="SqliteSchema"/> only
/// creates what is missing; columns added to existing tables are added here, each step guarded so it runs once.
/// </summary>
internal static class SqliteMigrations
{
    public static async Task ApplyAsync(SqliteConnection connection)
    {
        // Links from before proof was required carry no provenance: they were the person's word only, so they
        // become 'Claimed' and are no longer trusted.
        if (!await HasColumnAsync(connection, "user_links", "provenance").ConfigureAwait(false))
        {
            await using var alter = connection.CreateCommand();
            alter.CommandText = "ALTER TABLE user_links ADD COLUMN provenance TEXT NOT NULL DEFAULT 'Claimed'";
            await alter.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private static async Task<bool> HasColumnAsync(SqliteConnection connection, string table, string column)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
