using MeetingBot.Hosting;
using MeetingBot.Telemetry;
using MeetingBot.BotFramework;

namespace MeetingBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>Microsoft Teams as a channel: activities become meeting-core commands, replies become cards.</summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddMeetingBotMetrics();
        services.AddSingleton<TeamsMemberDirectory>();
        services.AddSingleton<IStartupWarmUp, TeamsWarmUp>();
        services.AddSingleton<TeamsCardActions>();
        services.AddSingleton<TeamsMeetingDialog>();
        services.AddSingleton<IActivityHandler, TeamsActivityHandler>();
        services.AddSingleton<Delivery.IChannelNotifier, TeamsChatNotifier>();
        return services;
    }
}
