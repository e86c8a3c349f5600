using System.Text;
using Flurl;
using Flurl.Http;

namespace MeetingBot.Hosting;

/// <summary>Requests for URLs the bot has already built and escaped itself.</summary>
internal static class FlurlRequests
{
    /// <summary>
    /// Hands Flurl the finished URL: <c>client.Request(segments)</c> would combine and re-encode it, a regex pass
    /// for every URL holding a %-escape (every Teams conversation id), which cost about 5 % of the bot's CPU.
    /// </summary>
    public static IFlurlRequest RequestEscaped(this IFlurlClient client, string escapedAbsoluteUrl) =>
        new FlurlRequest(new Url(escapedAbsoluteUrl)) { Client = client };

    /// <summary><paramref name="root"/> followed by each segment escaped whole: a '/' or '?' inside an id stays data.</summary>
    public static string EscapedUrl(string root, params ReadOnlySpan<string> segments)
    {
        var url = new StringBuilder(root, root.Length + 96);
        foreach (var segment in segments)
        {
            url.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return url.ToString();
    }
}
