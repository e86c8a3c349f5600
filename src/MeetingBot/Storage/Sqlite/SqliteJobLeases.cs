namespace MeetingBot.Storage.Sqlite;

/// <summary>The embedded store serves one instance: it is every job's holder.</summary>
internal sealed class SqliteJobLeases : IJobLeases
{
    public Task<bool> TryHoldAsync(string job, TimeSpan lifetime, CancellationToken cancellationToken) => Task.FromResult(true);
}
