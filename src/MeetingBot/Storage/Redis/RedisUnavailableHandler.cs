using Microsoft.AspNetCore.Diagnostics;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// A request that failed because Redis did not answer is answered <c>503</c> with <c>Retry-After</c> — the caller (a
/// chat channel, a browser) is asked to come back — instead of a <c>500</c> that says the request itself was wrong.
/// </summary>
internal sealed partial class RedisUnavailableHandler(RedisConnection redis, ILogger<RedisUnavailableHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (RedisConnectionException or RedisTimeoutException))
        {
            return ValueTask.FromResult(false);
        }

        LogUnavailable(http.Request.Path, redis.Endpoint);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "2";
        return ValueTask.FromResult(true);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "Answered 503 to {Path}: Redis at {Endpoint} did not answer")]
    private partial void LogUnavailable(string path, string endpoint);
}
