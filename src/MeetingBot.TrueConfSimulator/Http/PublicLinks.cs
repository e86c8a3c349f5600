using Microsoft.AspNetCore.Http;

namespace MeetingBot.TrueConfSimulator.Http;

/// <summary>The server's external address, which <c>url</c> and <c>webclient_url</c> are built from.</summary>
internal static class PublicLinks
{
    public static string BaseUrl(HttpContext context, TrueConfSimulatorOptions options)
    {
        if (options.PublicBaseUrl is { } configured)
        {
            return configured.TrimEnd('/');
        }

        var prefix = context.GetEndpoint()?.Metadata.GetMetadata<SimulatorMount>()?.Prefix ?? "";
        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{prefix}";
    }

    public static string ConferencePage(string baseUrl, string conferenceId) =>
        $"{baseUrl}/c/{Uri.EscapeDataString(conferenceId)}";

    public static string WebClient(string baseUrl, string conferenceId) =>
        $"{baseUrl}/webrtc/{Uri.EscapeDataString(conferenceId)}";
}
