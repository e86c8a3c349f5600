using MeetingBot.Storage.Redis;
using MeetingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The store <c>Storage:Provider</c> names: the embedded SQLite file (the default) or the Redis several instances
    /// share. Only the chosen one's services and readiness check exist.
    /// </summary>
    public static IServiceCollection AddMeetingBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        switch (StorageOptions.Parse(configuration[StorageOptions.ProviderKey]))
        {
            case StorageProvider.Sqlite:
                services.AddSqliteStorage();
                break;
            case StorageProvider.Redis:
                services.AddRedisStorage();
                break;
        }

        return services;
    }
}
