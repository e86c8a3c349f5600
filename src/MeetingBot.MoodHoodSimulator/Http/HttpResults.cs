using MeetingBot.MoodHoodSimulator.Errors;
using MeetingBot.MoodHoodSimulator.Models;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.MoodHoodSimulator.Http;

/// <summary>Turns API failures into HTTP answers in the reference §8 shape.</summary>
internal static class HttpResults
{
    public static IResult ToResult(this ApiFailure failure) =>
        Results.Json(
            new ApiErrorWire(failure.Code, failure.Message),
            MoodHoodJsonContext.Default.ApiErrorWire,
            statusCode: failure.Status);

    public static IResult MethodNotAllowed(HttpContext context, IEnumerable<string> allowed)
    {
        context.Response.Headers.Allow = string.Join(", ", allowed);
        return ApiErrors.MethodNotAllowed(context.Request.Method).ToResult();
    }

    public static IResult NotFound(HttpContext context) =>
        ApiErrors.PathNotFound(context.Request.PathBase + context.Request.Path).ToResult();
}
