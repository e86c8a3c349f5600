using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage.Copy;

/// <summary>What one copy of the bot's secrets did, as counts only: the values never leave the stores.</summary>
internal sealed record BotSecretCopyResult(int Read, int Same, IReadOnlyList<string> Different);

/// <summary>
/// Copies the secrets the bot made for itself (the meeting-page signing key) into another store, so what they signed
/// before the switch (meeting-page links already in chats) still opens after it.
/// </summary>
internal static class BotSecretCopy
{
    /// <summary>
    /// Adds each secret of <paramref name="source"/> to <paramref name="target"/> unless the target has one of that name
    /// already: the first stored wins there, as between instances. A secret the target holds with another value (an
    /// instance on it made its own before the copy) is left as it is and named in <c>Different</c>: links signed with
    /// the file's key then no longer open, while those signed since with the target's do.
    /// </summary>
    public static async Task<BotSecretCopyResult> CopyAsync(SqliteBotSecretStore source, IBotSecretStore target, CancellationToken cancellationToken)
    {
        var secrets = await source.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var same = 0;
        var different = new List<string>();
        foreach (var (name, value) in secrets)
        {
            if (await target.GetOrAddAsync(name, value, cancellationToken).ConfigureAwait(false) == value)
            {
                same++;
            }
            else
            {
                different.Add(name);
            }
        }

        return new BotSecretCopyResult(secrets.Count, same, different);
    }
}
