using System.Net;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Hosts the bot sends replies (and its token) to. The signed <c>serviceurl</c> claim binds an activity to the
/// Connector; this list is the second fence. Loopback is allowed in anonymous local mode (Agents Playground).
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotFrameworkOptions> options)
{
    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        var settings = options.Value;
        if (settings.IsAnonymous && IsLoopback(uri))
        {
            return true;
        }

        foreach (var allowed in settings.AllowedServiceUrlHosts)
        {
            var matches = allowed.StartsWith('.')
                ? uri.Host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase) || uri.Host.Equals(allowed[1..], StringComparison.OrdinalIgnoreCase)
                : uri.Host.Equals(allowed, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                // Tokens only travel over HTTPS, except to an explicitly listed loopback host (tests).
                return uri.Scheme == Uri.UriSchemeHttps || IsLoopback(uri);
            }
        }

        return false;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));
}
