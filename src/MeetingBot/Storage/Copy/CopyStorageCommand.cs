using MeetingBot.Hosting;
using MeetingBot.MeetingPages;
using MeetingBot.Storage.Redis;
using MeetingBot.Storage.Sqlite;
using MeetingBot.Telemetry;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MeetingBot.Storage.Copy;

/// <summary>
/// <c>MeetingBot copy-storage</c>: the one-shot copy of a deployment's user links and bot secrets (the meeting-page
/// signing key, so page links already in chats keep opening) from its SQLite file
/// (<c>Storage:SqlitePath</c>) into the Redis it switches to (<c>Storage:Redis:ConnectionString</c>,
/// <c>Storage:Redis:KeyPrefix</c>), read from the same settings as the bot (appsettings.json, environment, command
/// line). Links keep their provenance; a second run changes nothing. It prints counts, never whose links or a secret.
/// </summary>
public static class CopyStorageCommand
{
    public const string Name = "copy-storage";

    private const int Failed = 1;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs the copy with the settings <paramref name="args"/> add; returns the process's exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var builder = WebApplication.CreateSlimBuilder(ExecutableContentRoot.Options(args));
        builder.Logging.SetMinimumLevel(LogLevel.Warning).MaskEmailAddresses();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<SqliteUserLinkStore>();
        builder.Services.AddSingleton<SqliteBotSecretStore>();
        builder.Services.AddRedisStorage();
        await using var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (Refusal(options, app.Environment.ContentRootPath) is { } refusal)
        {
            await error.WriteLineAsync($"{Name}: {refusal}").ConfigureAwait(false);
            return Failed;
        }

        var redis = app.Services.GetRequiredService<RedisConnection>();
        var source = app.Services.GetRequiredService<SqliteDatabase>().FilePath;
        var destination = $"Redis at {redis.Endpoint} (key prefix {options.Redis.KeyPrefix})";
        try
        {
            var copy = await UserLinkCopy.CopyAsync(
                app.Services.GetRequiredService<SqliteUserLinkStore>(),
                app.Services.GetRequiredService<IUserLinkStore>(),
                CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync(
                $"{Name}: {copy.Read} user links in {source}: {copy.Copied} copied to {destination}, {copy.AlreadyThere} " +
                $"already there, {copy.KeptInTarget} left as Redis has them (changed there since).").ConfigureAwait(false);
            var languages = await UserLanguageCopy.CopyAsync(
                app.Services.GetRequiredService<SqliteUserLinkStore>(),
                app.Services.GetRequiredService<IUserLanguageStore>(),
                CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync(
                $"{Name}: {languages.Read} chosen languages: {languages.Copied} copied, {languages.KeptInTarget} left as Redis has them.").ConfigureAwait(false);
            var secrets = await BotSecretCopy.CopyAsync(
                app.Services.GetRequiredService<SqliteBotSecretStore>(),
                app.Services.GetRequiredService<IBotSecretStore>(),
                CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync($"{Name}: {secrets.Read} bot secrets in {source}: {secrets.Same} the same in Redis now.").ConfigureAwait(false);
            foreach (var name in secrets.Different)
            {
                // Not a failure (the bot runs on), but what the operator must know: which links stop opening.
                await output.WriteLineAsync(
                    $"{Name}: Redis already had another {name}; it stays (the first stored wins). " +
                    (name == PageSigningKey.SecretName
                        ? "Meeting-page links minted before the switch will not open; those minted on Redis since do."
                        : "What the file's one signed will not be accepted.")).ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception failure) when (failure is RedisException or RedisTimeoutException)
        {
            // The type, not the message: nothing of the connection string reaches the terminal.
            await error.WriteLineAsync(
                $"{Name}: {destination} failed ({failure.GetType().Name}). What was copied stays; run the command again.").ConfigureAwait(false);
            return Failed;
        }
    }

    /// <summary>Why the copy cannot run with these settings, naming the key; null when it can.</summary>
    private static string? Refusal(StorageOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.Redis.ConnectionString))
        {
            return $"{RedisStorageOptions.ConnectionStringKey} is required: the Redis to copy the user links to.";
        }

        if (string.IsNullOrWhiteSpace(options.Redis.KeyPrefix) || options.Redis.KeyPrefix.IndexOfAny(['{', '}']) >= 0)
        {
            return "Storage:Redis:KeyPrefix must be a non-empty name without braces (the bot's, meetingbot unless set).";
        }

        // Checked before the store opens the file, which would create an empty one.
        var path = Path.GetFullPath(options.SqlitePath, contentRoot);
        if (!File.Exists(path))
        {
            return $"there is no SQLite file at {path} (Storage:SqlitePath).";
        }

        return SqliteMigrations.StoredVersion(path) is { } version && version > SqliteMigrations.LatestVersion
            ? SqliteMigrations.TooNewMessage(path, version)
            : null;
    }
}
