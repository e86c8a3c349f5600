using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf;

/// <summary>Checks the <c>TrueConf</c> section at start-up; every message names the configuration key at fault.</summary>
internal sealed partial class TrueConfOptionsValidator : IValidateOptions<TrueConfOptions>
{
    public ValidateOptionsResult Validate(string? name, TrueConfOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ServerUrl))
        {
            failures.Add(LocalMode.LocalModeFeature.IsSupported
                ? "TrueConf:ServerUrl is required (leave it unset only in local mode, where the embedded simulator serves it)."
                : "TrueConf:ServerUrl is required: the published bot has no embedded simulator (that is `dotnet run`'s local mode).");
        }
        else if (!Uri.TryCreate(options.ServerUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"TrueConf:ServerUrl must be an absolute http(s) address, got '{options.ServerUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("TrueConf:ClientId is required: the Application ID of the OAuth2 application (control panel, API > OAuth2).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("TrueConf:ClientSecret is required: the Secret key of the OAuth2 application (control panel, API > OAuth2).");
        }

        if (!ApiVersionPattern().IsMatch(options.ApiVersion ?? string.Empty))
        {
            failures.Add($"TrueConf:ApiVersion must look like 'v3.8' or 'v4', got '{options.ApiVersion}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.CaCertificatePath) && !File.Exists(options.CaCertificatePath))
        {
            failures.Add($"TrueConf:CaCertificatePath points to '{options.CaCertificatePath}', which does not exist.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromSeconds(30))
        {
            failures.Add("TrueConf:RequestTimeout must be between 00:00:00.001 and 00:00:30.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^v\d+(\.\d+)?$")]
    private static partial Regex ApiVersionPattern();
}
