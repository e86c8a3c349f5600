using MeetingBot.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>The embedded store of a single instance (the default).</summary>
    internal static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<StorageOptions>, SqliteSchemaVersionCheck>();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<SqliteClaims>();
        services.AddSingleton<IStartupWarmUp, SqliteWarmUp>();
        services.AddSingleton<IJobLeases, SqliteJobLeases>();
        services.AddSingleton<IMeetingStore, SqliteMeetingStore>();
        services.AddSingleton<SqliteUserLinkStore>();
        services.AddSingleton<IUserLinkStore>(provider => provider.GetRequiredService<SqliteUserLinkStore>());
        services.AddSingleton<IUserLanguageStore>(provider => provider.GetRequiredService<SqliteUserLinkStore>());
        services.AddSingleton<IUserLinkChanges>(provider => provider.GetRequiredService<SqliteUserLinkStore>());
        services.AddSingleton<IAcceptedWorkStore, SqliteAcceptedWorkStore>();
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.AddSingleton<IAbandonedStartStore, SqliteAbandonedStartStore>();
        services.AddSingleton<ISignInStateStore, SqliteSignInStateStore>();
        services.AddSingleton<IChannelStateStore, SqliteChannelStateStore>();
        services.AddSingleton<IBotSecretStore, SqliteBotSecretStore>();
        services.AddHealthChecks().AddCheck<SqliteHealthCheck>("storage", tags: [Health.HealthEndpoints.Ready]);
        return services;
    }
}
