using System.Net.Sockets;
using Flurl.Http;
using Polly.Timeout;

namespace MeetingBot.Conferencing.Transport;

/// <summary>How one video backend names the failures of its transport, each as that backend's own typed error.</summary>
internal sealed record BackendTransportFailures(
    Func<TimeSpan, Exception, ConferencingException> TimedOut,
    Func<FlurlParsingException, ConferencingException> NotItsApi,
    Func<Exception, ConferencingException> Unreachable);

/// <summary>
/// Runs one exchange with a video backend and turns transport failures into that backend's typed errors. Flurl's
/// own exceptions are never handed on as the inner exception: their text quotes the request, whose URL or body can
/// hold a token or an e-mail address.
/// </summary>
internal static class BackendCall
{
    public static async Task<T> RunAsync<T>(
        BackendTransportFailures failures, TimeSpan timeout, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ConferencingException)
        {
            throw;
        }
        catch (FlurlHttpException error) when (error.InnerException is ConferencingException inner)
        {
            // Raised inside the HTTP pipeline (the token handler); Flurl wraps it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        catch (Exception error) when (IsTimeout(error, cancellationToken))
        {
            throw failures.TimedOut(timeout, error);
        }
        catch (FlurlParsingException error)
        {
            throw failures.NotItsApi(error);
        }
        catch (FlurlHttpException error) when (error.InnerException is HttpRequestException or SocketException or IOException)
        {
            throw failures.Unreachable(error.InnerException);
        }
        catch (HttpRequestException error)
        {
            throw failures.Unreachable(error);
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
