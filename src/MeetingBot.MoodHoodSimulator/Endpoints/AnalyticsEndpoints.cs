using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MeetingBot.MoodHoodSimulator.Errors;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary>
/// <c>GET /v1/spaces/{spaceId}/analytics/calls?roomId=&amp;date=</c> (reference §5.13): the space's calls, derived
/// from who is on the meeting pages; <c>date</c> (<c>yyyy-MM-dd</c>, UTC) picks the calls started that day.
/// </summary>
internal static class AnalyticsEndpoints
{
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapAnalyticsEndpoints(this IEndpointRouteBuilder api) =>
        new ResourceRoutes(api, "/spaces/{spaceId}/analytics/calls")
            .Get(new SimulatorOperation(MoodHoodOperations.AnalyticsCalls, TokenAccess.User), Calls)
            .Map();

    private static IResult Calls(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var space = SpaceAccess.Owned(state, spaceId, ApiGateFilter.Caller(context));
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        if (!state.Options.CallAnalytics)
        {
            return ApiErrors.Forbidden("Call analytics are not included in the space's plan").ToResult();
        }

        var query = context.Request.Query;
        var roomId = query["roomId"].ToString();
        DateOnly? date = null;
        if (query["date"].ToString() is { Length: > 0 } dateText)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ApiErrors.Validation(["'date' must be a date in the form yyyy-MM-dd."]).ToResult();
            }

            date = parsed;
        }

        var calls = state.Calls
            .Where(call => call.SpaceId == spaceId)
            .Where(call => roomId.Length == 0 || call.RoomId == roomId)
            .Where(call => date is null || DateOnly.FromDateTime(call.StartedAt.UtcDateTime) == date)
            .Select(WireMapper.Call)
            .ToArray();
        return Results.Json(new ItemsWire<CallWire>(calls), MoodHoodJsonContext.Default.ItemsWireCallWire);
    }
}
