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
}
