namespace MeetingBot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The durable outbox every reply goes through, and its retrying deliverer. Channels add an <see cref="IReplyTransport"/>.</summary>
    public static IServiceCollection AddReplyDelivery(this IServiceCollection services)
    {
        services.AddSingleton<ReplyOutbox>();
        services.AddSingleton<Meetings.IChatNotifier, ChannelChatNotifier>();
        services.AddHostedService<OutboxDeliveryService>();
        return services;
    }
}
