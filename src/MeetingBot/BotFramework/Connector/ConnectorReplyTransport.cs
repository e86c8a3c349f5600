using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;

namespace MeetingBot.BotFramework.Connector;

/// <summary>Delivers outbox messages of Bot Framework channels through the Bot Connector.</summary>
internal sealed class ConnectorReplyTransport(BotConnectorClient connector, Microsoft.Extensions.Options.IOptionsMonitor<BotFrameworkOptions> options) : IReplyTransport
{
    // The 1:1 chat opened for a person, by service URL and user id: Teams answers the same id each time, so this only saves the call.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _personalChats = new(StringComparer.Ordinal);

    public const string SourceName = "botframework";

    public string Source => SourceName;

    public static string SerializeTarget(ConnectorReplyTarget target) =>
        JsonSerializer.Serialize(target, BotFrameworkJsonContext.Default.ConnectorReplyTarget);

    public bool ReplacesInPlace(string target) =>
        JsonSerializer.Deserialize(target, BotFrameworkJsonContext.Default.ConnectorReplyTarget)?.UpdateActivityId is { Length: > 0 };

    public async Task<string?> DeliverAsync(string target, byte[] body, CancellationToken cancellationToken)
    {
        var address = JsonSerializer.Deserialize(target, BotFrameworkJsonContext.Default.ConnectorReplyTarget)
            ?? throw new ReplyDeliveryException("The outbox message has no Connector address", isTransient: false);
        try
        {
            if (address.PersonalUserId is { Length: > 0 } userId && address.ConversationId.Length == 0)
            {
                address = address with { ConversationId = await PersonalChatAsync(address.ServiceUrl, userId, address.TenantId, cancellationToken).ConfigureAwait(false) };
                body = AddressedTo(body, address.ConversationId);
            }

            return await connector.SendSerializedAsync(address, body, cancellationToken).ConfigureAwait(false);
        }
        catch (BotConnectorException error)
        {
            throw new ReplyDeliveryException(error.Message, error.IsTransient, error.RetryAfter, error);
        }
    }

    // The message was written before its 1:1 chat existed: it names that chat now (a Connector refuses one naming none).
    private static byte[] AddressedTo(byte[] body, string conversationId)
    {
        var activity = JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.OutboundActivity)
            ?? throw new ReplyDeliveryException("The outbox message has no activity", isTransient: false);
        return JsonSerializer.SerializeToUtf8Bytes(
            activity with { Conversation = new ConversationAccount { Id = conversationId } }, BotFrameworkJsonContext.Default.OutboundActivity);
    }

    private async Task<string> PersonalChatAsync(string serviceUrl, string userId, string? tenantId, CancellationToken cancellationToken)
    {
        var key = serviceUrl + "|" + userId;
        if (_personalChats.TryGetValue(key, out var known))
        {
            return known;
        }

        var appId = options.CurrentValue.MicrosoftAppId;
        var botId = string.IsNullOrWhiteSpace(appId) ? null : "28:" + appId;
        var conversationId = await connector.CreatePersonalConversationAsync(serviceUrl, botId, userId, tenantId, cancellationToken).ConfigureAwait(false);
        _personalChats[key] = conversationId;
        return conversationId;
    }
}
