namespace MeetingBot.Storage;

/// <summary>Where the bot keeps what must outlive a request: one embedded file, or a Redis several instances share.</summary>
public enum StorageProvider
{
    Sqlite,
    Redis,
}

public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string ProviderKey = SectionName + ":" + nameof(Provider);

    /// <summary><c>Sqlite</c> (the default: one instance, embedded) or <c>Redis</c> (several instances), case-insensitive.</summary>
    public string? Provider { get; set; }

    /// <summary>The SQLite database file; relative paths are under the app's content root.</summary>
    public string SqlitePath { get; set; } = "App_Data/meetingbot.db";

    public RedisStorageOptions Redis { get; set; } = new();

    /// <summary>The configured store, or null when the value names none (the validator refuses it).</summary>
    internal static StorageProvider? Parse(string? value) => value?.Trim() switch
    {
        null or "" => StorageProvider.Sqlite,
        var name when name.Equals(nameof(StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase) => StorageProvider.Sqlite,
        var name when name.Equals(nameof(StorageProvider.Redis), StringComparison.OrdinalIgnoreCase) => StorageProvider.Redis,
        _ => null,
    };
}

/// <summary>The <c>Storage:Redis</c> section.</summary>
public sealed class RedisStorageOptions
{
    public const string ConnectionStringKey = StorageOptions.SectionName + ":Redis:" + nameof(ConnectionString);

    /// <summary>A StackExchange.Redis configuration string (<c>host:port,password=…,ssl=true</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Every key the bot writes starts with <c>{prefix}:</c> — one hash slot, so multi-key scripts work on a clustered
    /// Redis, and two bots (or test runs) can share one server.
    /// </summary>
    public string KeyPrefix { get; set; } = "meetingbot";

    /// <summary>
    /// How long accepted work or an outbox delivery an instance claimed stays its own without a sign of life from it;
    /// then another instance takes it over (the claimer died or was moved away).
    /// </summary>
    public TimeSpan TakeoverAfter { get; set; } = TimeSpan.FromSeconds(30);
}
