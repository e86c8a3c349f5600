namespace MeetingBot.Storage;

/// <summary>A run that holds nothing back: its completion is the store's.</summary>
internal sealed class PlainAcceptedWorkRun(IAcceptedWorkStore store, string key) : IAcceptedWorkRun
{
    public Task CompleteAsync(CancellationToken cancellationToken) => store.CompleteAsync(key, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
