using System.Net.Sockets;
using Flurl.Http;
using MeetingBot.TrueConf.Errors;
using Polly.Timeout;

namespace MeetingBot.TrueConf;

/// <summary>
/// Runs one TrueConf exchange and turns transport failures into typed TrueConf errors. Flurl's own exceptions are
/// never kept as the inner exception: their text quotes the request URL, whose query can hold an e-mail address.
/// </summary>
internal static class TrueConfCall
{
    public static async Task<T> RunAsync<T>(TimeSpan timeout, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (TrueConfException)
        {
            throw;
        }
        catch (FlurlHttpException error) when (error.InnerException is TrueConfException inner)
        {
            // Raised inside the HTTP pipeline (the token handler); Flurl wraps it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        catch (Exception error) when (IsTimeout(error, cancellationToken))
        {
            throw new TrueConfTimeoutException(timeout, WithoutRequestUrl(error));
        }
        catch (FlurlParsingException error)
        {
            throw new TrueConfUnavailableException("TrueConf answered with something that is not its JSON API", error.StatusCode, error.InnerException);
        }
        catch (FlurlHttpException error) when (error.InnerException is HttpRequestException or SocketException or IOException)
        {
            throw new TrueConfUnavailableException($"TrueConf could not be reached: {error.InnerException!.Message}", inner: error.InnerException);
        }
        catch (HttpRequestException error)
        {
            throw new TrueConfUnavailableException($"TrueConf could not be reached: {error.Message}", inner: error);
        }
    }

    private static Exception? WithoutRequestUrl(Exception error) => error is FlurlHttpException flurl ? flurl.InnerException : error;

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
