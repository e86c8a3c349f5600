using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage.Copy;

/// <summary>What one copy of chosen languages did, as counts only.</summary>
internal sealed record UserLanguageCopyResult(int Read, int Copied, int KeptInTarget);

/// <summary>Copies the languages people chose (<c>language ru</c>) from the embedded store into another store.</summary>
internal static class UserLanguageCopy
{
    /// <summary>
    /// Adds every choice the target lacks; one the target has is left as it is (the same, or chosen there since the
    /// switch), so running the copy again changes nothing.
    /// </summary>
    public static async Task<UserLanguageCopyResult> CopyAsync(SqliteUserLinkStore source, IUserLanguageStore target, CancellationToken cancellationToken)
    {
        var choices = await source.ReadAllLanguagesAsync(cancellationToken).ConfigureAwait(false);
        int copied = 0, kept = 0;
        foreach (var (channel, chatUserId, language) in choices)
        {
            if (await target.FindLanguageAsync(channel, chatUserId, cancellationToken).ConfigureAwait(false) is null)
            {
                await target.SetLanguageAsync(channel, chatUserId, language, cancellationToken).ConfigureAwait(false);
                copied++;
            }
            else
            {
                kept++;
            }
        }

        return new UserLanguageCopyResult(choices.Count, copied, kept);
    }
}
