using MeetingBot.Hosting;

namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteWarmUp(SqliteDatabase database) : IStartupWarmUp
{
    public Task WarmUpAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);
}
