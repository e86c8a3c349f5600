namespace MeetingBot.Hosting;

public static class AcceptedWorkServiceCollectionExtensions
{
    /// <summary>The work queue, its durable acceptance and the resumer, shared by every chat channel (added once).</summary>
    public static IServiceCollection AddAcceptedWork(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(AcceptedWorkRunner)))
        {
            return services;
        }

        services.AddSingleton<BackgroundWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundWorkQueue>());
        services.AddSingleton<AcceptedWorkRunner>();
        services.AddHostedService<UnfinishedWorkResumer>();
        return services;
    }
}
