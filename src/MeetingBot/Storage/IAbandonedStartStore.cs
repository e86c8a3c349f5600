namespace MeetingBot.Storage;

/// <summary>Starts the user was told failed, watched for a while in case the backend created the conference anyway.</summary>
public interface IAbandonedStartStore
{
    /// <summary>Watches the command's key from <paramref name="now"/> on; watching it again changes nothing.</summary>
    Task WatchAsync(string requestKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Keys whose next check is due, with the number of checks made so far.</summary>
    Task<IReadOnlyList<(string RequestKey, int Checks, DateTimeOffset WatchUntil)>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    Task CheckLaterAsync(string requestKey, int checks, DateTimeOffset nextCheckAt, CancellationToken cancellationToken);

    Task ForgetAsync(string requestKey, CancellationToken cancellationToken);

    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);
}
