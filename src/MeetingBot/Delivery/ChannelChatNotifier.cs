using MeetingBot.Meetings;

namespace MeetingBot.Delivery;

/// <summary>One chat platform's way of writing into its conversations outside a command.</summary>
public interface IChannelNotifier : IChatNotifier
{
    /// <summary>Whether this platform serves the conversations of <paramref name="channel"/> (a <see cref="ChatDestination.Channel"/>).</summary>
    bool Serves(string channel);
}

/// <summary>Writes through the platform the destination's conversation lives on (a meeting started in Slack is updated in Slack).</summary>
internal sealed class ChannelChatNotifier(IEnumerable<IChannelNotifier> channels) : IChatNotifier
{
    private readonly IChannelNotifier[] _channels = channels.ToArray();

    public Task<string?> SendAsync(ChatDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken) =>
        For(destination).SendAsync(destination, reply, messageKey, cancellationToken);

    public Task UpdateAsync(ChatDestination destination, string messageId, BotReply reply, string updateKey, CancellationToken cancellationToken) =>
        For(destination).UpdateAsync(destination, messageId, reply, updateKey, cancellationToken);

    public Task SendPrivatelyAsync(PrivateDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken) =>
        For(destination.Channel).SendPrivatelyAsync(destination, reply, messageKey, cancellationToken);

    private IChannelNotifier For(ChatDestination destination) => For(destination.Channel);

    private IChannelNotifier For(string channelName) =>
        Array.Find(_channels, channel => channel.Serves(channelName))
        // A meeting of a platform that has since been turned off (e.g. Slack settings removed): nothing can reach it.
        ?? throw new InvalidOperationException($"No chat platform of this bot serves the channel '{channelName}'");
}
