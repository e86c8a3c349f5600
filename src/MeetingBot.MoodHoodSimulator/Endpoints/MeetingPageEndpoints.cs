using System.Diagnostics.CodeAnalysis;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using MeetingBot.MoodHoodSimulator.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary>
/// The meeting page <c>/room/{alias}?participantName=&amp;accessToken=</c> with the observable behaviour of
/// reference §6 step 5: the first GET spends a one-time link (200); spent or expired → 410, forged → 401, unknown or
/// deleted room → 404, private room without a token → 401; HEAD never spends. Plus the page's own status poll and
/// Leave button.
/// </summary>
internal static class MeetingPageEndpoints
{
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapMeetingPageEndpoints(this IEndpointRouteBuilder group)
    {
        new ResourceRoutes(group, "/room/{alias}")
            .GetAndHead(new SimulatorOperation(MoodHoodOperations.PageView), View)
            .Map();
        new ResourceRoutes(group, "/room/{alias}/status")
            .Get(new SimulatorOperation(MoodHoodOperations.PageStatus), Status)
            .Map();
        new ResourceRoutes(group, "/room/{alias}/leave")
            .Post(new SimulatorOperation(MoodHoodOperations.PageLeave), LeaveAsync)
            .Map();
    }

    private static IResult View(string alias, HttpContext context, MoodHoodSimulatorState state)
    {
        var query = context.Request.Query;
        var enter = HttpMethods.IsGet(context.Request.Method);
        var admission = state.Admit(alias, query["accessToken"].ToString(), query["participantName"].ToString(), enter);
        return admission switch
        {
            { Status: AdmissionStatus.Admitted, Room: { } room, Participant: { } person, Call: { } call } =>
                new PageResult(200, nonce => MeetingPage.InCall(room, person, call, nonce, state.Options.PagePollInterval)),
            { Status: AdmissionStatus.Admitted } =>
                Message(200, "Ready to join", "This link opens the meeting."),
            { Status: AdmissionStatus.PrivateWithoutToken } =>
                Message(401, "This room is private", "Open it with your personal link."),
            { Status: AdmissionStatus.UnknownToken } =>
                Message(401, "This link is not valid", "The link is not one this room handed out. Ask for a new link."),
            { Status: AdmissionStatus.Expired } =>
                Message(410, "This link has expired", "Ask for a new link to join the meeting."),
            { Status: AdmissionStatus.Spent } =>
                Message(410, "This link was already used", "A personal link opens the meeting once. Ask for a new link."),
            _ => Message(404, "Room not found", "This meeting room does not exist or was deleted."),
        };
    }

    private static IResult Status(string alias, HttpContext context, MoodHoodSimulatorState state)
    {
        var session = context.Request.Query["session"].ToString();
        context.Response.Headers.CacheControl = "no-store";
        return state.MeetingStore.PageStatus(alias, session) is { } status
            ? Results.Json(
                new PageStatusWire(status.Ended, status.InCall, status.Present), MoodHoodJsonContext.Default.PageStatusWire)
            : Results.Json(new PageStatusWire(true, false, []), MoodHoodJsonContext.Default.PageStatusWire, statusCode: 404);
    }

    private static async Task<IResult> LeaveAsync(string alias, HttpContext context, MoodHoodSimulatorState state)
    {
        var form = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted)
            : FormCollection.Empty;
        var (found, callEnded) = state.Leave(alias, form["session"].ToString());
        var wantsJson = context.Request.Headers[HeaderNames.Accept].ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        if (wantsJson)
        {
            return Results.Json(new LeaveWire(callEnded), MoodHoodJsonContext.Default.LeaveWire, statusCode: found ? 200 : 404);
        }

        return !found
            ? Message(404, "Not in the call", "This page is not in a running call of this room.")
            : Message(200, callEnded ? MeetingPage.CallEndedText : MeetingPage.LeftText, callEnded
                ? "You were the last one in the room."
                : "The others are still in the call.");
    }

    private static PageResult Message(int status, string title, string text) =>
        new(status, nonce => MeetingPage.Message(title, text, nonce));
}
