using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MeetingBot.Conferencing.Transport;

/// <summary>Where a backend's HTTP clients point and how long one attempt may take, as its options say.</summary>
internal readonly record struct BackendEndpoint(string BaseUrl, TimeSpan Timeout);

/// <summary>Registration of the named HTTP clients a video backend talks through.</summary>
internal static class BackendHttpClientRegistration
{
    /// <summary>
    /// A named client to the backend's base URL that keeps its connections and writes no default HTTP logs (they
    /// would write request URLs, and backends carry tokens, secrets and e-mail addresses in URLs and bodies). With
    /// <paramref name="withTimeout"/> the client itself times out; otherwise a resilience handler's per-attempt
    /// timeout does.
    /// </summary>
    public static IHttpClientBuilder AddBackendHttpClient(
        this IServiceCollection services, string name, Func<IServiceProvider, BackendEndpoint> endpoint, bool withTimeout) =>
        services.AddHttpClient(name, (sp, client) =>
            {
                var settings = endpoint(sp);
                client.BaseAddress = new Uri(settings.BaseUrl.TrimEnd('/') + "/");
                client.Timeout = withTimeout ? settings.Timeout : Timeout.InfiniteTimeSpan;
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

    /// <summary>
    /// Retries of the requests <paramref name="isSafeToRepeat"/> allows (<see cref="BackendRetryPolicy"/>), each
    /// attempt limited to the backend's timeout. The others get a pipeline with the timeout alone: a retry strategy
    /// that may never retry them would only cost every call its bookkeeping.
    /// </summary>
    public static IHttpClientBuilder AddBackendResilience(
        this IHttpClientBuilder client, string pipelineName, Func<IServiceProvider, BackendEndpoint> endpoint, Func<HttpMethod, bool> isSafeToRepeat)
    {
        const string Repeatable = "repeatable";
        const string Once = "once";
        client.AddResilienceHandler(pipelineName, (pipeline, context) =>
            {
                var settings = endpoint(context.ServiceProvider);
                if (context.InstanceName == Repeatable)
                {
                    pipeline.AddRetry(BackendRetryPolicy.Repeating);
                }

                pipeline.AddTimeout(settings.Timeout);
            })
            .SelectPipelineBy(_ => request => isSafeToRepeat(request.Method) ? Repeatable : Once);
        return client;
    }
}
