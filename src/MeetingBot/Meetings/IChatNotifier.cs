namespace MeetingBot.Meetings;

/// <summary>Where a conversation can be written to later, outside the command that came from it.</summary>
/// <param name="ServiceAddress">The channel's address for the conversation (see <see cref="IChatConversation.ServiceAddress"/>).</param>
public sealed record ChatDestination(string Channel, string ConversationId, string ServiceAddress);

/// <summary>Posts a new message into a conversation when no command is being answered (e.g. after a sign-in).</summary>
public interface IChatNotifier
{
    Task SendAsync(ChatDestination destination, BotReply reply, CancellationToken cancellationToken);
}
