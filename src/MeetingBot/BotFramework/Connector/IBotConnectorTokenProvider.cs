namespace MeetingBot.BotFramework.Connector;

/// <summary>The bearer token the bot shows the Bot Connector; none in anonymous local mode.</summary>
public interface IBotConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Drops <paramref name="token"/> after the Connector refused it.</summary>
    void Invalidate(string token);
}

internal sealed class AnonymousConnectorTokenProvider : IBotConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public void Invalidate(string token)
    {
    }
}
