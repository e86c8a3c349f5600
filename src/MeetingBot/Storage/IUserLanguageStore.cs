namespace MeetingBot.Storage;

/// <summary>
/// The language a chat account chose to be written to in (<c>language ru</c>), kept with the account's link but
/// independent of it: a person with no linked video account can choose one too. Setting it is told to the
/// <see cref="IUserLinkChanges"/> listeners like a link, so caches of it on every instance are dropped at once.
/// </summary>
public interface IUserLanguageStore
{
    /// <summary>The language code the account chose, or null when it never chose one.</summary>
    Task<string?> FindLanguageAsync(string channel, string chatUserId, CancellationToken cancellationToken);

    Task SetLanguageAsync(string channel, string chatUserId, string languageCode, CancellationToken cancellationToken);
}
