using Microsoft.Extensions.Options;

namespace MeetingBot.MeetingPages;

/// <summary>Checks the meeting page's keys at start-up; every message names the key at fault.</summary>
internal sealed class MeetingPageOptionsValidator : IValidateOptions<MeetingPageOptions>
{
    public const int MinKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, MeetingPageOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PageSigningKey) && !(PageSigningKey.TryDecode(options.PageSigningKey) is { Length: >= MinKeyBytes }))
        {
            failures.Add($"MeetingBot:PageSigningKey must be base64 of at least {MinKeyBytes} random bytes (e.g. `openssl rand -base64 32`), or unset to let the bot generate and store one.");
        }

        if (options.PageLinkLifetime < TimeSpan.FromMinutes(1) || options.PageLinkLifetime > TimeSpan.FromHours(12))
        {
            failures.Add("MeetingBot:PageLinkLifetime must be between 00:01:00 and 12:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
