using Microsoft.AspNetCore.Http;

namespace MeetingBot.MoodHoodSimulator.Http;

/// <summary>The web base (<c>MoodHood:WebBaseUrl</c> of a real deployment) that meeting links are built on.</summary>
internal static class PublicLinks
{
    public static string WebBaseUrl(HttpContext context, MoodHoodSimulatorOptions options)
    {
        if (options.PublicBaseUrl is { } configured)
        {
            return configured.TrimEnd('/');
        }

        var prefix = context.GetEndpoint()?.Metadata.GetMetadata<SimulatorMount>()?.Prefix ?? "";
        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{prefix}";
    }

    /// <summary>The form of reference §5.8: <c>{web}/room/{alias}?participantName=…&amp;accessToken=…</c>.</summary>
    public static string PersonalLink(string webBaseUrl, string alias, string username, string accessToken) =>
        $"{webBaseUrl}/room/{Uri.EscapeDataString(alias)}?participantName={Uri.EscapeDataString(username)}" +
        $"&accessToken={Uri.EscapeDataString(accessToken)}";
}
