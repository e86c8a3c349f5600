using MeetingBot.Hosting;

namespace MeetingBot.Storage.Redis;

public static class RedisStorageServiceCollectionExtensions
{
    /// <summary>The shared store of several instances (<c>Storage:Provider=Redis</c>).</summary>
    internal static IServiceCollection AddRedisStorage(this IServiceCollection services)
    {
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IStartupWarmUp, RedisWarmUp>();
        services.AddSingleton<IJobLeases, RedisJobLeases>();
        services.AddSingleton<IMeetingStore, RedisMeetingStore>();
        services.AddSingleton<RedisUserLinkStore>();
        services.AddSingleton<IUserLinkStore>(provider => provider.GetRequiredService<RedisUserLinkStore>());
        services.AddSingleton<IUserLanguageStore>(provider => provider.GetRequiredService<RedisUserLinkStore>());
        services.AddSingleton<IUserLinkChanges>(provider => provider.GetRequiredService<RedisUserLinkStore>());
        services.AddSingleton<IAbandonedStartStore, RedisAbandonedStartStore>();
        services.AddSingleton<ISignInStateStore, RedisSignInStateStore>();
        services.AddSingleton<IChannelStateStore, RedisChannelStateStore>();
        services.AddSingleton<IBotSecretStore, RedisBotSecretStore>();
        services.AddSingleton<RedisDeliveredMarks>();
        services.AddSingleton<IAcceptedWorkStore, RedisAcceptedWorkStore>();
        services.AddSingleton<IOutboxStore, RedisOutboxStore>();
        services.AddExceptionHandler<RedisUnavailableHandler>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("storage", tags: [Health.HealthEndpoints.Ready]);
        return services;
    }
}
