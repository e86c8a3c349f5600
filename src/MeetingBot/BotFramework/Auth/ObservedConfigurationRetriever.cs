using Microsoft.IdentityModel.Protocols;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// Wraps a configuration retriever and remembers the newest configuration it produced, and lets a caller await
/// the next fetch. <see cref="ConfigurationManager{T}"/> refreshes in the background and hands out the stale value
/// until that finishes; <see cref="SigningKeySource{T}"/> uses this to see a forced refresh's result at once.
/// </summary>
internal sealed class ObservedConfigurationRetriever<T>(IConfigurationRetriever<T> inner) : IConfigurationRetriever<T>
    where T : class
{
    private TaskCompletionSource<T?> _nextFetch = NewCompletion();
    private T? _latest;

    /// <summary>The newest configuration successfully fetched, or <c>null</c> before the first success.</summary>
    public T? Latest => Volatile.Read(ref _latest);

    /// <summary>Completes when the next fetch ends: with the new configuration, or <c>null</c> if it failed.</summary>
    public Task<T?> NextFetch => Volatile.Read(ref _nextFetch).Task;

    public async Task<T> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        T configuration;
        try
        {
            configuration = await inner.GetConfigurationAsync(address, retriever, cancel).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Exchange(ref _nextFetch, NewCompletion()).TrySetResult(null);
            throw;
        }

        Volatile.Write(ref _latest, configuration);
        Interlocked.Exchange(ref _nextFetch, NewCompletion()).TrySetResult(configuration);
        return configuration;
    }

    private static TaskCompletionSource<T?> NewCompletion() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
