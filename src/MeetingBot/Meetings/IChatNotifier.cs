namespace MeetingBot.Meetings;

/// <summary>Where a conversation can be written to later, outside the command that came from it.</summary>
/// <param name="ServiceAddress">The channel's address for the conversation (see <see cref="IChatConversation.ServiceAddress"/>).</param>
/// <param name="ReplyToId">The message whose thread a new message goes into, or null for the conversation itself.</param>
public sealed record ChatDestination(string Channel, string ConversationId, string ServiceAddress, string? ReplyToId = null);

/// <summary>One person, reached privately: their 1:1 chat with the bot, else a message only they see in <see cref="ConversationId"/>.</summary>
/// <param name="ServiceAddress">The channel's address (see <see cref="IChatConversation.ServiceAddress"/>).</param>
/// <param name="TenantId">The person's organisation, where the channel needs it to open a 1:1 chat.</param>
/// <param name="ConversationId">The conversation the person was named in.</param>
public sealed record PrivateDestination(string Channel, string ServiceAddress, string? TenantId, string UserId, string ConversationId)
{
    public static PrivateDestination For(IChatConversation chat, string userId) =>
        new(chat.Channel, chat.ServiceAddress, chat.Place.TenantId, userId, chat.ConversationId);
}

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

    /// <summary>
    /// Sends the reply to one person only. <paramref name="messageKey"/> is kept as is (it names the person already):
    /// the same key twice sends once, and <see cref="Storage.IOutboxStore.FindDeliveredAsync"/> finds it.
    /// </summary>
    /// <exception cref="ChatDeliveryException">The person cannot be reached privately (Teams: the bot is not installed for them).</exception>
    Task SendPrivatelyAsync(PrivateDestination destination, BotReply reply, string messageKey, CancellationToken cancellationToken);
}
