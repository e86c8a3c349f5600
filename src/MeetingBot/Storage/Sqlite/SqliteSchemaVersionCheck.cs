using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// Refuses to start on a database written by a newer release (its schema version is beyond the known steps), so the
/// app stops with one clear message instead of running with every write failing.
/// </summary>
internal sealed class SqliteSchemaVersionCheck(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            return ValidateOptionsResult.Skip;
        }

        var path = Path.GetFullPath(options.SqlitePath, environment.ContentRootPath);
        try
        {
            return SqliteMigrations.StoredVersion(path) is { } version && version > SqliteMigrations.LatestVersion
                ? ValidateOptionsResult.Fail(SqliteMigrations.TooNewMessage(path, version))
                : ValidateOptionsResult.Success;
        }
        catch (SqliteException)
        {
            // An unreadable file is the writer's to report (the readiness check names it).
            return ValidateOptionsResult.Success;
        }
    }
}
