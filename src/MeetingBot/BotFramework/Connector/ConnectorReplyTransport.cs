using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Delivery;

namespace MeetingBot.BotFramework.Connector;

/// <summary>Delivers outbox messages of Bot Framework channels through the Bot Connector.</summary>
internal sealed class ConnectorReplyTransport(BotConnectorClient connector) : IReplyTransport
{
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
            return await connector.SendSerializedAsync(address, body, cancellationToken).ConfigureAwait(false);
        }
        catch (BotConnectorException error)
        {
            throw new ReplyDeliveryException(error.Message, error.IsTransient, error.RetryAfter, error);
        }
    }
}
