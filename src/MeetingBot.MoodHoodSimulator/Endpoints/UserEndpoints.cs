using System.Diagnostics.CodeAnalysis;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary><c>GET /v1/users/me</c> (reference §5.2): the account of a user token.</summary>
internal static class UserEndpoints
{
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapUserEndpoints(this IEndpointRouteBuilder api) =>
        new ResourceRoutes(api, "/users/me")
            .Get(new SimulatorOperation(MoodHoodOperations.Me, TokenAccess.User), Me)
            .Map();

    private static IResult Me(HttpContext context, MoodHoodSimulatorState state)
    {
        var caller = ApiGateFilter.Caller(context);
        var account = state.AccountById(caller.AccountId!);
        return account is null
            ? Errors.ApiErrors.Unauthorized("The account of this token no longer exists").ToResult()
            : Results.Json(new UserWire(account.Id, account.Email, account.Username), MoodHoodJsonContext.Default.UserWire);
    }
}
