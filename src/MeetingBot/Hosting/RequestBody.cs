using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.Hosting;

/// <summary>Reads a chat platform's request body whole, as it came (it is verified and written down byte for byte).</summary>
public static class RequestBody
{
    /// <returns>The body, or the answer to give instead: 413 above <paramref name="maxBytes"/>, 400 when the client sent less than it announced.</returns>
    public static async Task<(byte[]? Body, IResult? Failure)> ReadAsync(HttpContext http, long maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            using var buffer = new MemoryStream(http.Request.ContentLength is { } length ? (int)length : 4096);
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            return buffer.Length > maxBytes
                ? (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge))
                : (buffer.ToArray(), null);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }
        catch (BadHttpRequestException)
        {
            // The client sent less than it announced or went away mid-body: nothing to act on, nothing to log.
            return (null, Results.BadRequest());
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return (null, Results.Empty);
        }
    }
}
