using MeetingBot.Conferencing;
using MeetingBot.Conferencing.Transport;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// Runs one MoodHood exchange; its transport failures become <see cref="MoodHoodApiException"/>, which keeps no
/// inner exception from the request's timeout or answer (a MoodHood request can carry a token).
/// </summary>
internal static class MoodHoodCall
{
    private static readonly BackendTransportFailures Failures = new(
        TimedOut: (timeout, _) => new MoodHoodApiException(ConferencingFailure.TimedOut, $"MoodHood did not answer within {timeout.TotalSeconds:0.#} s"),
        NotItsApi: error => new MoodHoodApiException(ConferencingFailure.Unreachable, "MoodHood answered with something that is not its JSON API", error.StatusCode),
        Unreachable: cause => new MoodHoodApiException(ConferencingFailure.Unreachable, $"MoodHood could not be reached: {cause.Message}", inner: cause));

    public static Task<T> RunAsync<T>(TimeSpan timeout, Func<Task<T>> call, CancellationToken cancellationToken) =>
        BackendCall.RunAsync(Failures, timeout, call, cancellationToken);
}
