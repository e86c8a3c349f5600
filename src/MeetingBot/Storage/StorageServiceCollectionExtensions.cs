using MeetingBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The embedded SQLite store (the default; a shared store for several instances plugs in here).</summary>
    public static IServiceCollection AddMeetingBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.SqlitePath), "Storage:SqlitePath must not be empty.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, SqliteSchemaVersionCheck>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<SqliteClaims>();
        services.AddSingleton<IStartupWarmUp, SqliteWarmUp>();
        services.AddSingleton<IMeetingStore, SqliteMeetingStore>();
        services.AddSingleton<IUserLinkStore, SqliteUserLinkStore>();
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
