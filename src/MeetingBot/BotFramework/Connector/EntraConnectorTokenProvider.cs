using Azure.Core;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Gets the bot's Entra ID token for the Bot Connector and keeps it until five minutes before it expires;
/// one caller at a time asks Entra ID.
/// </summary>
internal sealed class EntraConnectorTokenProvider(
    BotConnectorCredential credential, IOptions<BotFrameworkOptions> options, TimeProvider clock) : IBotConnectorTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile CachedToken? _cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_cached))
        {
            return _cached!.Value;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsFresh(_cached))
            {
                return _cached!.Value;
            }

            var context = new TokenRequestContext([options.Value.ToChannelFromBotOAuthScope]);
            var token = await credential.Credential.GetTokenAsync(context, cancellationToken).ConfigureAwait(false);
            _cached = new CachedToken(token.Token, token.ExpiresOn);
            return token.Token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Invalidate(string token)
    {
        var cached = _cached;
        if (cached?.Value == token)
        {
            Interlocked.CompareExchange(ref _cached, null, cached);
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private bool IsFresh(CachedToken? token) => token is not null && token.ExpiresOn - RefreshMargin > clock.GetUtcNow();

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresOn);
}
