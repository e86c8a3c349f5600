using Microsoft.Extensions.Options;

namespace MeetingBot.Slack;

/// <summary>
/// Checks the <c>Slack</c> section at start-up; every message names the key at fault and none quotes a secret.
/// Slack is off while no secret is set; once one is, the rest of its mode must be there: over HTTP the signing secret
/// and the bot token, in Socket Mode (app-level token set) the bot token.
/// </summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var mode = options.UsesSocketMode ? "in Socket Mode (Slack:AppToken is set)" : "for Slack over HTTP";
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add($"Slack:BotToken is required {mode}: the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with 'xoxb-' (OAuth & Permissions → Bot User OAuth Token).");
        }

        if (!options.UsesSocketMode && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required for Slack over HTTP: the Signing Secret from the app's Basic Information page " +
                         "(or set Slack:AppToken to use Socket Mode, which needs none).");
        }

        if (options.UsesSocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with 'xapp-' (Basic Information → App-Level Tokens, scope connections:write).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Slack:ApiBaseUrl must be an absolute http(s) address, got '{options.ApiBaseUrl}'.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromSeconds(30))
        {
            failures.Add("Slack:RequestTimeout must be between 00:00:00.001 and 00:00:30.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
