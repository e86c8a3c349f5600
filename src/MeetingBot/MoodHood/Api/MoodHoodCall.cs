using System.Net.Sockets;
using Flurl.Http;
using MeetingBot.Conferencing;
using Polly.Timeout;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// Runs one MoodHood exchange and turns transport failures into <see cref="MoodHoodApiException"/>. Flurl's own
/// exceptions are never kept as the inner exception: their text quotes the request, and a request can carry a token.
/// </summary>
internal static class MoodHoodCall
{
    public static async Task<T> RunAsync<T>(TimeSpan timeout, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (MoodHoodApiException)
        {
            throw;
        }
        catch (FlurlHttpException error) when (error.InnerException is MoodHoodApiException inner)
        {
            // Raised inside the HTTP pipeline (the token handler); Flurl wraps it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        catch (Exception error) when (IsTimeout(error, cancellationToken))
        {
            throw new MoodHoodApiException(ConferencingFailure.TimedOut, $"MoodHood did not answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (FlurlParsingException error)
        {
            throw new MoodHoodApiException(ConferencingFailure.Unreachable, "MoodHood answered with something that is not its JSON API", error.StatusCode);
        }
        catch (FlurlHttpException error) when (error.InnerException is HttpRequestException or SocketException or IOException)
        {
            throw new MoodHoodApiException(ConferencingFailure.Unreachable, $"MoodHood could not be reached: {error.InnerException!.Message}", inner: error.InnerException);
        }
        catch (HttpRequestException error)
        {
            throw new MoodHoodApiException(ConferencingFailure.Unreachable, $"MoodHood could not be reached: {error.Message}", inner: error);
        }
    }

    private static bool IsTimeout(Exception error, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is TimeoutRejectedException or FlurlHttpTimeoutException or TimeoutException or OperationCanceledException)
            {
                return true;
            }
        }

        return false;
    }
}
