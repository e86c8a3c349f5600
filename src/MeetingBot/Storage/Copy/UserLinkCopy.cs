using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage.Copy;

/// <summary>What one copy did, as counts only: whose links they are never leaves the stores.</summary>
internal sealed record UserLinkCopyResult(int Read, int Copied, int AlreadyThere, int KeptInTarget);

/// <summary>Copies the embedded store's user links, with their provenance, into another store.</summary>
internal static class UserLinkCopy
{
    /// <summary>
    /// Adds to <paramref name="target"/> every link of <paramref name="source"/> it lacks. A link the target already has
    /// is left as it is: it is the same one (the copy ran before) or one made there since the switch, which is newer
    /// than the file's. So running the copy again changes nothing.
    /// </summary>
    public static async Task<UserLinkCopyResult> CopyAsync(SqliteUserLinkStore source, IUserLinkStore target, CancellationToken cancellationToken)
    {
        var links = await source.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        int copied = 0, alreadyThere = 0, keptInTarget = 0;
        foreach (var (channel, chatUserId, link) in links)
        {
            var existing = await target.FindAsync(channel, chatUserId, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                await target.SetAsync(channel, chatUserId, link, cancellationToken).ConfigureAwait(false);
                copied++;
            }
            else if (existing == link)
            {
                alreadyThere++;
            }
            else
            {
                keptInTarget++;
            }
        }

        return new UserLinkCopyResult(links.Count, copied, alreadyThere, keptInTarget);
    }
}
