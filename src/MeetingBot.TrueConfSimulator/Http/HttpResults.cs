using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace MeetingBot.TrueConfSimulator.Http;

/// <summary>Turns API failures into HTTP answers in the reference §4 shape.</summary>
internal static class HttpResults
{
    public static IResult ToResult(this ApiFailure failure)
    {
        var body = new ApiErrorResponse(new ApiErrorContent(
            failure.Status,
            ReasonPhrases.GetReasonPhrase(failure.Status),
            failure.Errors.Select(e => new ApiErrorItem(e.Reason, e.Message, e.LocationType, e.Location)).ToArray()));
        return Results.Json(body, SimulatorJsonContext.Default.ApiErrorResponse, statusCode: failure.Status);
    }

    public static IResult MethodNotAllowed(HttpContext context, IEnumerable<string> allowed)
    {
        context.Response.Headers.Allow = string.Join(", ", allowed);
        return ApiErrors.MethodNotAllowed(context.Request.Method).ToResult();
    }

    public static IResult NotFound(HttpContext context) =>
        ApiErrors.NotFound(context.Request.PathBase + context.Request.Path).ToResult();
}
