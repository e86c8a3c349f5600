namespace MeetingBot.Meetings;

/// <summary>Where a conversation can be written to later, outside the command that came from it.</summary>
/// <param name="ServiceAddress">The channel's address for the conversation (see <see cref="IChatConversation.ServiceAddress"/>).</param>
/// <param name="ReplyToId">The message whose thread a new message goes into, or null for the conversation itself.</param>
public sealed record ChatDestination(string Channel, string ConversationId, string ServiceAddress, string? ReplyToId = null);

/// <summary>Writes into a conversation when no command is being answered (after a sign-in, a meeting's card changing).</summary>
/// <remarks>
/// Both go through the durable outbox: a platform hiccup delays them instead of losing them. A key identifies the
/// message or update across repeats: the same key twice sends once.
/// </remarks>
public interface IChatNotifier
{
    /// Posts a new message (in the thread of ReplyToId when set); returns the platform's message id when known.
    Task<string?> SendAsync(ChatDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken);

    /// Replaces a message the bot sent earlier (a meeting's card) with the reply, drawn the same way.
    /// (Drawn as a card in every case, so a card stays a card; an older update retried after a newer one is skipped.)
    Task UpdateAsync(ChatDestination destination, string messageId, BotReply reply, string updateKey, CancellationToken cancellationToken);
}
