using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// One cached key set (OpenID metadata + JWKS) for one metadata address, shared by all requests.
/// A <see cref="ConfigurationManager{T}"/> does the caching and the automatic refresh; this class adds a forced
/// refresh whose result the caller can await, throttled to one per <see cref="MinimumForcedRefreshInterval"/>.
/// </summary>
internal sealed class SigningKeySource<T> where T : class
{
    /// <summary>How often an unknown key id may trigger a re-fetch (the IdentityModel default).</summary>
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>Longest a request waits for a forced refresh (two documents, each bounded by the client timeout).</summary>
    private static readonly TimeSpan ForcedRefreshWait = TimeSpan.FromSeconds(25);

    private readonly ConfigurationManager<T> _manager;
    private readonly ObservedConfigurationRetriever<T> _retriever;
    private readonly Lock _gate = new();
    private Task<T?>? _forcedRefresh;
    private long _forcedRefreshStartedAt;

    public SigningKeySource(
        string metadataAddress,
        IConfigurationRetriever<T> retriever,
        IDocumentRetriever documentRetriever,
        TimeSpan automaticRefreshInterval)
    {
        MetadataAddress = metadataAddress;
        _retriever = new ObservedConfigurationRetriever<T>(retriever);
        _manager = new ConfigurationManager<T>(metadataAddress, _retriever, documentRetriever)
        {
            AutomaticRefreshInterval = automaticRefreshInterval < BaseConfigurationManager.MinimumAutomaticRefreshInterval
                ? BaseConfigurationManager.MinimumAutomaticRefreshInterval
                : automaticRefreshInterval,

            // Throttling of forced refreshes is done here, so the manager must never drop our RequestRefresh().
            RefreshInterval = BaseConfigurationManager.MinimumRefreshInterval,
        };
    }

    public string MetadataAddress { get; }

    /// <summary>
    /// The current key set; fetches it on first use and starts a background refresh when it is due.
    /// </summary>
    /// <exception cref="SigningKeysUnavailableException">No key set could ever be fetched.</exception>
    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        T managed;
        try
        {
            managed = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new SigningKeysUnavailableException(MetadataAddress, ex);
        }

        // Every value the manager holds came from the retriever, so the retriever's newest is never older.
        return _retriever.Latest ?? managed;
    }

    /// <summary>
    /// Runs <paramref name="validate"/> against the current keys; if the token names a key that is not in the set,
    /// refreshes once (see <see cref="RefreshAsync"/>) and validates again with the new set.
    /// </summary>
    /// <returns>The last validation result and the key set it was computed with.</returns>
    public async Task<(TokenValidationResult Result, T Keys)> ValidateWithRefreshAsync(
        Func<T, Task<TokenValidationResult>> validate, CancellationToken cancellationToken)
    {
        T keys = await GetAsync(cancellationToken).ConfigureAwait(false);
        TokenValidationResult result = await validate(keys).ConfigureAwait(false);
        if (result.IsValid || result.Exception is not SecurityTokenSignatureKeyNotFoundException)
        {
            return (result, keys);
        }

        T? refreshed = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        if (refreshed is null)
        {
            return (result, keys);
        }

        return (await validate(refreshed).ConfigureAwait(false), refreshed);
    }

    /// <summary>
    /// Re-fetches the key set now (used when a token names an unknown key) and returns the new set, or <c>null</c>
    /// when a refresh ran less than <see cref="MinimumForcedRefreshInterval"/> ago or the fetch failed.
    /// Concurrent callers share one fetch.
    /// </summary>
    public Task<T?> RefreshAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_forcedRefresh is { IsCompleted: false } running)
            {
                return running.WaitAsync(cancellationToken);
            }

            long now = Environment.TickCount64;
            if (_forcedRefresh is not null
                && now - _forcedRefreshStartedAt < (long)MinimumForcedRefreshInterval.TotalMilliseconds)
            {
                return Task.FromResult<T?>(null);
            }

            _forcedRefreshStartedAt = now;
            _forcedRefresh = ForceRefreshAsync();
            return _forcedRefresh.WaitAsync(cancellationToken);
        }
    }

    private async Task<T?> ForceRefreshAsync()
    {
        // Subscribe before asking, so the fetch cannot finish unobserved. If an automatic refresh is already
        // running, the manager ignores the request and that fetch's result is what we get.
        Task<T?> next = _retriever.NextFetch;
        _manager.RequestRefresh();
        try
        {
            return await next.WaitAsync(ForcedRefreshWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
