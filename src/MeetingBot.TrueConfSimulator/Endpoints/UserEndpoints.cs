using System.Diagnostics.CodeAnalysis;
using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Models;
using MeetingBot.TrueConfSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary>User list/search and lookup (reference §5).</summary>
internal static class UserEndpoints
{
    private const string ReadScope = "users:read";

    private static readonly string[] ContainsFilters = ["login_name", "display_name", "first_name", "last_name", "email"];

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        new ResourceRoutes(api, "/users")
            .Get(new SimulatorOperation(SimulatorOperations.UserList, ReadScope), List)
            .Map();
        new ResourceRoutes(api, "/me")
            .Get(new SimulatorOperation(SimulatorOperations.Me, SimulatorOperation.AnyToken), Me, ApiVersions.V4)
            .Map();
        new ResourceRoutes(api, "/users/{userId}")
            .Get(new SimulatorOperation(SimulatorOperations.UserGet, ReadScope), Get)
            .Map();
    }

    private static IResult List(HttpContext context, TrueConfSimulatorState state)
    {
        var paging = Paging.Read(context.Request.Query, "page_id");
        if (!paging.Succeeded)
        {
            return paging.Failure.ToResult();
        }

        var query = context.Request.Query;
        var matches = state.Users
            .Where(user => ContainsFilters.All(filter =>
                query[filter].ToString() is not { Length: > 0 } wanted ||
                FieldOf(user, filter).Contains(wanted, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        var page = paging.Value.Slice(matches);
        var inConferences = state.ConferenceStore.UsersInConferences();
        var users = page
            .Select(user => WireMapper.User(user, TrueConfSimulatorState.PresenceOf(user, inConferences), state.Options.ServerName))
            .ToArray();
        var nextPageId = paging.Value.HasMore(matches.Length) ? paging.Value.Page + 1 : -1;
        return Results.Json(new UserListWire(nextPageId, users), SimulatorJsonContext.Default.UserListWire);
    }

    private static IResult Get(string userId, TrueConfSimulatorState state)
    {
        if (state.FindUser(userId) is not { } user)
        {
            return ApiErrors.UserNotFoundInPath(userId).ToResult();
        }

        var wire = WireMapper.User(user, state.PresenceOf(user), state.Options.ServerName);
        return Results.Json(new UserEnvelope(wire), SimulatorJsonContext.Default.UserEnvelope);
    }

    /// <summary>The token's own user (v4). An application token has none: ASSUMED to answer like an unknown user.</summary>
    private static IResult Me(HttpContext context, TrueConfSimulatorState state)
    {
        var token = context.Items[typeof(IssuedToken)] as IssuedToken;
        if (token?.UserId is not { } userId || state.FindUser(userId) is not { } user)
        {
            return ApiErrors.UserNotFoundInPath("me").ToResult();
        }

        var wire = WireMapper.User(user, state.PresenceOf(user), state.Options.ServerName);
        return Results.Json(new UserEnvelope(wire), SimulatorJsonContext.Default.UserEnvelope);
    }

    private static string FieldOf(SimulatedUser user, string filter) => filter switch
    {
        "login_name" => user.Id,
        "display_name" => user.DisplayName,
        "first_name" => user.FirstName,
        "last_name" => user.LastName,
        _ => user.Email,
    };
}
