using System.Diagnostics;
using MeetingBot.Telemetry;

namespace MeetingBot.TrueConf;

/// <summary>Records each TrueConf call's latency and outcome (outermost, so retries count in the call's time).</summary>
internal sealed class TrueConfCallMetricsHandler(MeetingBotMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = OperationOf(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.VideoServerCall(operation, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), Stopwatch.GetElapsedTime(started));
            return response;
        }
        catch (Exception error)
        {
            var outcome = error is OperationCanceledException or Polly.Timeout.TimeoutRejectedException ? "timeout" : "unreachable";
            metrics.VideoServerCall(operation, outcome, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    /// <summary>A low-cardinality name: <c>POST conferences/{id}/run</c>, <c>GET users/{id}</c>, <c>POST oauth2/v1/token</c>.</summary>
    internal static string OperationOf(HttpRequestMessage request)
    {
        var segments = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var api = Array.IndexOf(segments, "api");
        if (api < 0 || api + 2 >= segments.Length)
        {
            return $"{request.Method} {string.Join('/', segments.TakeLast(3))}";
        }

        var resource = segments[(api + 2)..];
        for (var i = 1; i < resource.Length; i += 2)
        {
            resource[i] = "{id}";
        }

        return $"{request.Method} {string.Join('/', resource)}";
    }
}
