using System.Diagnostics.CodeAnalysis;
using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary>The pages behind <c>url</c> (<c>/c/{id}</c>) and <c>webclient_url</c> (<c>/webrtc/{id}</c>).</summary>
internal static class PageEndpoints
{
    private const string JoinedParameter = "joined";
    private const string StoppedParameter = "stopped";

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapPageEndpoints(this IEndpointRouteBuilder group)
    {
        MapPage(group, "/c", "Conference page");
        MapPage(group, "/webrtc", "Browser client");
    }

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    private static void MapPage(IEndpointRouteBuilder group, string root, string view)
    {
        new ResourceRoutes(group, root + "/{conferenceId}")
            .Get(
                new SimulatorOperation(SimulatorOperations.PageView),
                (string conferenceId, HttpContext context, TrueConfSimulatorState state) =>
                    Show(conferenceId, context, state, view))
            .Map();
        new ResourceRoutes(group, root + "/{conferenceId}/join")
            .Post(
                new SimulatorOperation(SimulatorOperations.PageJoin),
                (string conferenceId, HttpContext context, TrueConfSimulatorState state) =>
                    JoinAsync(conferenceId, context, state, view))
            .Map();
        new ResourceRoutes(group, root + "/{conferenceId}/stop")
            .Post(
                new SimulatorOperation(SimulatorOperations.PageStop),
                (string conferenceId, HttpContext context, TrueConfSimulatorState state) =>
                    state.StopConference(conferenceId)
                        ? Results.Redirect(context.Request.PathBase + context.Request.Path.Value![..^"/stop".Length] + "?" + StoppedParameter + "=1", permanent: false, preserveMethod: false)
                        : Render(conferenceId, state, view, null, StatusCodes.Status404NotFound))
            .Map();
    }

    private static IResult Show(string conferenceId, HttpContext context, TrueConfSimulatorState state, string view)
    {
        string? notice = null;
        if (context.Request.Query[JoinedParameter].ToString() is { Length: > 0 } joinedId)
        {
            notice = $"{state.FindUser(joinedId)?.DisplayName ?? joinedId} joined the conference.";
        }
        else if (context.Request.Query[StoppedParameter].Count > 0)
        {
            notice = "The conference was ended for everyone.";
        }

        return Render(conferenceId, state, view, notice, StatusCodes.Status200OK);
    }

    /// <summary>Post/redirect/get: a successful join goes back to the page, so a reload does not post again.</summary>
    private static async Task<IResult> JoinAsync(
        string conferenceId, HttpContext context, TrueConfSimulatorState state, string view)
    {
        var form = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted)
            : FormCollection.Empty;
        var userId = form["user_id"].ToString();
        var result = state.Join(conferenceId, userId);
        switch (result)
        {
            case JoinResult.Joined:
                var pagePath = context.Request.PathBase + context.Request.Path.Value![..^"/join".Length];
                return Results.Redirect(
                    $"{pagePath}?{JoinedParameter}={Uri.EscapeDataString(userId)}", permanent: false, preserveMethod: false);
            case JoinResult.ConferenceNotRunning:
                return Render(conferenceId, state, view, "The conference is not running.", StatusCodes.Status409Conflict);
            case JoinResult.UserNotFound:
                return Render(conferenceId, state, view, $"There is no user '{userId}'.", StatusCodes.Status400BadRequest);
            default:
                return Render(conferenceId, state, view, null, StatusCodes.Status404NotFound);
        }
    }

    private static IResult Render(string conferenceId, TrueConfSimulatorState state, string view, string? notice, int status)
    {
        if (state.FindConference(conferenceId) is not { } conference)
        {
            return Results.Content(
                ConferencePage.RenderNotFound(conferenceId), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var html = ConferencePage.Render(conference, state.Users, state.Options.ServerName, view, notice);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
