using Microsoft.Extensions.Caching.Memory;

namespace MeetingBot.Conferencing;

/// <summary>
/// Remembers for a minute that the directory had nobody by an id, e-mail or display name, so a name that matches
/// nobody — typed again, or many times in one message — does not cost the video server a lookup each time.
/// Short on purpose: an account created on the server should become usable in the chat almost at once.
/// </summary>
public sealed class MissCachingUserDirectory(IConferenceUserDirectory directory, IMemoryCache cache) : IConferenceUserDirectory
{
    internal static readonly TimeSpan MissDuration = TimeSpan.FromMinutes(1);

    public async Task<ConferenceUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        var key = MissKey("id", userId);
        if (cache.TryGetValue(key, out _))
        {
            return null;
        }

        var user = await directory.FindByIdAsync(userId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            RememberMiss(key);
        }

        return user;
    }

    public Task<IReadOnlyList<ConferenceUser>> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        SearchAsync(MissKey("email", email), () => directory.FindByEmailAsync(email, cancellationToken));

    public Task<IReadOnlyList<ConferenceUser>> FindByDisplayNameAsync(string displayName, CancellationToken cancellationToken) =>
        SearchAsync(MissKey("name", displayName), () => directory.FindByDisplayNameAsync(displayName, cancellationToken));

    private async Task<IReadOnlyList<ConferenceUser>> SearchAsync(string key, Func<Task<IReadOnlyList<ConferenceUser>>> search)
    {
        if (cache.TryGetValue(key, out _))
        {
            return [];
        }

        var users = await search().ConfigureAwait(false);
        if (users.Count == 0)
        {
            RememberMiss(key);
        }

        return users;
    }

    private void RememberMiss(string key) =>
        cache.Set(key, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MissDuration, Size = 1 });

    private static string MissKey(string field, string value) => $"directory:miss:{field}:{value.ToLowerInvariant()}";
}
