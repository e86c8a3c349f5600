using Microsoft.Extensions.Caching.Memory;

namespace MeetingBot.Slack.Api;

/// <summary>Slack members by id (<c>users.info</c>), cached, with one call to Slack per member at a time.</summary>
internal sealed class SlackUserLookup(SlackApiExchange slack, IMemoryCache cache)
{
    private static readonly TimeSpan UserLifetime = TimeSpan.FromMinutes(10);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<SlackUser?>> _userLookups = new(StringComparer.Ordinal);

    /// <summary>
    /// The member with this id (cached for ten minutes), or null when Slack does not know them. Callers asking for the
    /// same member while a lookup is on its way share it.
    /// </summary>
    public Task<SlackUser?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((nameof(SlackUser), userId), out SlackUser? cached) && cached is not null)
        {
            return Task.FromResult<SlackUser?>(cached);
        }

        while (true)
        {
            if (_userLookups.TryGetValue(userId, out var running))
            {
                return running.WaitAsync(cancellationToken);
            }

            // Registered before the call starts, so a lookup that finishes at once cannot leave its answer behind.
            var lookup = new TaskCompletionSource<SlackUser?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_userLookups.TryAdd(userId, lookup.Task))
            {
                _ = LookUpUserAsync(userId, lookup);
                return lookup.Task.WaitAsync(cancellationToken);
            }
        }
    }

    private async Task LookUpUserAsync(string userId, TaskCompletionSource<SlackUser?> lookup)
    {
        SlackUser? user = null;
        Exception? failure = null;
        try
        {
            user = await FetchUserAsync(userId).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            failure = error;
        }

        // Out of the in-flight map before anybody hears the answer: whoever asks next asks Slack (or the cache) again.
        _userLookups.TryRemove(new KeyValuePair<string, Task<SlackUser?>>(userId, lookup.Task));
        if (failure is null)
        {
            lookup.SetResult(user);
        }
        else
        {
            lookup.SetException(failure);
        }
    }

    private async Task<SlackUser?> FetchUserAsync(string userId)
    {
        var key = (nameof(SlackUser), userId);
        SlackApiResponse answer;
        try
        {
            answer = await slack.ReadAsync("users.info", HttpMethod.Get, "?user=" + Uri.EscapeDataString(userId) + "&include_locale=true", CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (SlackApiException error) when (error.Error == SlackErrorCodes.UserNotFound)
        {
            return null;
        }

        if (answer.UserObject is not { } wire)
        {
            throw new SlackApiException("users.info", "invalid_response", isTransient: false);
        }

        var user = new SlackUser(
            wire.Id ?? userId,
            wire.Name ?? string.Empty,
            NullIfEmpty(wire.RealName ?? wire.Profile?.RealName),
            NullIfEmpty(wire.Profile?.DisplayName),
            NullIfEmpty(wire.Profile?.Email),
            wire.IsBot,
            wire.Deleted,
            NullIfEmpty(wire.Tz),
            NullIfEmpty(wire.Locale));
        cache.Set(key, user, UserLifetime);
        return user;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
