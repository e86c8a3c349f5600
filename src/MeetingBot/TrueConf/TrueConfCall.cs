using MeetingBot.Conferencing.Transport;
using MeetingBot.TrueConf.Errors;

namespace MeetingBot.TrueConf;

/// <summary>Runs one TrueConf exchange; its transport failures become the typed TrueConf errors.</summary>
internal static class TrueConfCall
{
    private static readonly BackendTransportFailures Failures = new(
        TimedOut: (timeout, error) => new TrueConfTimeoutException(timeout, WithoutRequestUrl(error)),
        NotItsApi: error => new TrueConfUnavailableException("TrueConf answered with something that is not its JSON API", error.StatusCode, error.InnerException),
        Unreachable: cause => new TrueConfUnavailableException($"TrueConf could not be reached: {cause.Message}", inner: cause));

    public static Task<T> RunAsync<T>(TimeSpan timeout, Func<Task<T>> call, CancellationToken cancellationToken) =>
        BackendCall.RunAsync(Failures, timeout, call, cancellationToken);

    // Flurl's exception text quotes the request URL, whose query can hold an e-mail address.
    private static Exception? WithoutRequestUrl(Exception error) => error is Flurl.Http.FlurlHttpException flurl ? flurl.InnerException : error;
}
