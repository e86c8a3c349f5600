using MeetingBot.Delivery;
using MeetingBot.Hosting;
using MeetingBot.Slack.Calls;
using MeetingBot.Slack.Delivery;
using MeetingBot.Slack.Inbound;
using MeetingBot.Slack.SocketMode;
using MeetingBot.Telemetry;

namespace MeetingBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Slack as a channel, beside Teams: slash commands, mentions, DMs and buttons become meeting-core commands and
    /// card actions, replies become Block Kit messages. Off (nothing runs, the endpoints 404) until configured.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services)
    {
        services.AddMeetingBotMetrics();
        services.AddAcceptedWork();
        services.AddSlackWebApi();
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<SlackHome>();
        services.AddSingleton<SlackCalls>();
        services.AddSingleton<SlackRequestWorker>();
        services.AddSingleton<SlackRequestHandler>();
        services.AddSingleton<ISlackRequestHandler>(sp => sp.GetRequiredService<SlackRequestHandler>());
        services.AddSingleton<IResumableWork>(sp => sp.GetRequiredService<SlackRequestHandler>());
        services.AddSingleton<IReplyTransport, SlackReplyTransport>();
        services.AddSingleton<IChannelNotifier, SlackChatNotifier>();
        services.AddSlackSocketMode();
        return services;
    }
}
