using Flurl.Http;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConf.Wire;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf;

/// <summary>
/// Gets OAuth2 client-credentials tokens from TrueConf Server and caches them until shortly before they expire.
/// Only one caller at a time asks the server; the others wait for its answer.
/// </summary>
internal sealed class TrueConfTokenProvider(
    TrueConfHttpClients http,
    IMemoryCache cache,
    IOptions<TrueConfOptions> options,
    TrueConfScopeCheck scopeCheck,
    TimeProvider clock) : IDisposable
{
    private const string CacheKey = "trueconf:access-token";
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out string? cached) && cached is not null)
        {
            return cached;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cache.TryGetValue(CacheKey, out cached) && cached is not null)
            {
                return cached;
            }

            var token = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            cache.Set(CacheKey, token.AccessToken!, LifetimeOf(token));
            scopeCheck.Inspect(token.Scope);
            return token.AccessToken!;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> if it is still the cached one (the server reported it invalid).</summary>
    public void Invalidate(string token)
    {
        if (cache.TryGetValue(CacheKey, out string? cached) && cached == token)
        {
            cache.Remove(CacheKey);
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private async Task<TokenResponse> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.ClientSecret!,
        };

        return await TrueConfCall.RunAsync(settings.RequestTimeout, async () =>
        {
            using var response = await http.Token.Request("oauth2", "v1", "token")
                .AllowAnyHttpStatus()
                .PostUrlEncodedAsync(form, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (response.StatusCode != 200)
            {
                throw TrueConfErrorReader.FromTokenResponse(response.StatusCode, await response.GetStringAsync().ConfigureAwait(false));
            }

            var token = await response.GetJsonAsync<TokenResponse>().ConfigureAwait(false);
            if (string.IsNullOrEmpty(token?.AccessToken) || token.ExpiresIn <= 0)
            {
                throw new TrueConfUnavailableException("The TrueConf token endpoint answered without an access token or lifetime", 200);
            }

            return token;
        }, cancellationToken).ConfigureAwait(false);
    }

    private MemoryCacheEntryOptions LifetimeOf(TokenResponse token)
    {
        var lifetime = TimeSpan.FromSeconds(token.ExpiresIn);
        var margin = options.Value.TokenRefreshMargin;
        // A short-lived token keeps at least half its life in the cache instead of none.
        var keep = lifetime > margin * 2 ? lifetime - margin : lifetime / 2;
        return new MemoryCacheEntryOptions { AbsoluteExpiration = clock.GetUtcNow() + keep, Size = 1 };
    }
}
