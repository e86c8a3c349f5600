using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHood;

/// <summary>Checks the <c>MoodHood</c> section at start-up; every message names the configuration key at fault.</summary>
internal sealed class MoodHoodOptionsValidator : IValidateOptions<MoodHoodOptions>
{
    private static readonly string[] RoomTypes = ["lesson", "webinar"];

    public ValidateOptionsResult Validate(string? name, MoodHoodOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiBaseUrl))
        {
            failures.Add(LocalMode.LocalModeFeature.IsSupported
                ? "MoodHood:ApiBaseUrl is required (leave it unset only in local mode, where the embedded simulator serves it)."
                : "MoodHood:ApiBaseUrl is required: the published bot has no embedded simulator (that is `dotnet run`'s local mode).");
        }
        else
        {
            CheckAddress("MoodHood:ApiBaseUrl", options.ApiBaseUrl, failures);
        }

        if (string.IsNullOrWhiteSpace(options.WebBaseUrl))
        {
            failures.Add("MoodHood:WebBaseUrl is required: the address of the meeting pages, e.g. https://edu.livedigital.space.");
        }
        else
        {
            CheckAddress("MoodHood:WebBaseUrl", options.WebBaseUrl, failures);
        }

        CheckCredentials(options, failures);

        if (string.IsNullOrWhiteSpace(options.SpaceId))
        {
            failures.Add("MoodHood:SpaceId is required: the id of the space the bot makes its rooms in.");
        }

        if (!RoomTypes.Contains(options.RoomType, StringComparer.Ordinal))
        {
            failures.Add($"MoodHood:RoomType must be 'lesson' or 'webinar', got '{options.RoomType}'.");
        }

        if (options.LinkTtlSeconds is < 1 or > MoodHoodOptions.MaxLinkTtlSeconds)
        {
            failures.Add($"MoodHood:LinkTtlSeconds must be between 1 and {MoodHoodOptions.MaxLinkTtlSeconds}, got {options.LinkTtlSeconds}.");
        }

        if (options.WebhookSecret is { Length: > 0 } secret && (secret.Length < MoodHoodOptions.MinWebhookSecretLength || string.IsNullOrWhiteSpace(secret) || secret.Trim() != secret))
        {
            failures.Add($"MoodHood:WebhookSecret must be the secret MoodHood answered when the webhook was registered: at least {MoodHoodOptions.MinWebhookSecretLength} characters, no surrounding spaces (or leave it unset to receive no webhooks).");
        }

        if (options.TimeoutSeconds <= 0)
        {
            failures.Add($"MoodHood:TimeoutSeconds must be greater than 0, got {options.TimeoutSeconds}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAddress(string key, string value, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) address, got '{value}'.");
        }
    }

    /// <summary>Exactly one way to sign in: the personal token, or all four keys of the password flow. Values are never echoed.</summary>
    private static void CheckCredentials(MoodHoodOptions options, List<string> failures)
    {
        var passwordKeys = new (string Key, string? Value)[]
        {
            ("MoodHood:ClientId", options.ClientId),
            ("MoodHood:ClientSecret", options.ClientSecret),
            ("MoodHood:Username", options.Username),
            ("MoodHood:Password", options.Password),
        };
        var given = passwordKeys.Where(key => !string.IsNullOrWhiteSpace(key.Value)).Select(key => key.Key).ToArray();
        var missing = passwordKeys.Where(key => string.IsNullOrWhiteSpace(key.Value)).Select(key => key.Key).ToArray();
        if (options.UsesPersonalToken)
        {
            if (given.Length > 0)
            {
                failures.Add($"MoodHood:PersonalToken is set together with {string.Join(", ", given)}: configure one way to sign in, the personal token or the client and account keys.");
            }

            return;
        }

        if (given.Length == 0)
        {
            failures.Add("MoodHood:PersonalToken is required, or else MoodHood:ClientId, MoodHood:ClientSecret, MoodHood:Username and MoodHood:Password.");
        }
        else if (missing.Length > 0)
        {
            failures.Add($"{string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} required with {string.Join(", ", given)} (or use MoodHood:PersonalToken alone).");
        }
    }
}
