using System.Diagnostics.CodeAnalysis;
using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary>
/// <c>/oauth2/authorize</c>: the authorization-code flow's browser page (RFC 6749 §4.1, PKCE per RFC 7636). The
/// path is the one TrueConf's own integrations send people to; the real page asks for a password, this one does not.
/// </summary>
internal static class AuthorizeEndpoints
{
    public const string Path = "/oauth2/authorize";

    private static readonly string[] CarriedParameters = ["client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method"];

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapAuthorizeEndpoints(this IEndpointRouteBuilder group)
    {
        var operation = new SimulatorOperation(SimulatorOperations.Authorize);
        group.MapGet(Path, Show).WithMetadata(operation);
        group.MapPost(Path, DecideAsync).WithMetadata(operation).DisableAntiforgery();
    }

    private static IResult Show(HttpContext context, TrueConfSimulatorState state)
    {
        var fields = CarriedParameters.ToDictionary(name => name, name => context.Request.Query[name].ToString());
        if (context.Request.Query["response_type"] != "code")
        {
            return Page(SignInPage.Error("response_type must be 'code'."), StatusCodes.Status400BadRequest);
        }

        if (Problem(fields, state) is { } problem)
        {
            return Page(SignInPage.Error(problem), StatusCodes.Status400BadRequest);
        }

        var action = context.Request.PathBase + context.Request.Path;
        return Page(SignInPage.Form(action, fields, state.Users.Where(user => user.IsActive)), StatusCodes.Status200OK);
    }

    private static async Task<IResult> DecideAsync(HttpContext context, TrueConfSimulatorState state)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = CarriedParameters.ToDictionary(name => name, name => form[name].ToString());
        if (Problem(fields, state) is { } problem)
        {
            return Page(SignInPage.Error(problem), StatusCodes.Status400BadRequest);
        }

        var answer = new Dictionary<string, string?> { ["state"] = fields["state"] };
        if (form["deny"].Count > 0)
        {
            answer["error"] = "access_denied";
        }
        else if (state.FindUser(form["login"].ToString()) is { IsActive: true } user)
        {
            var challenge = fields["code_challenge"];
            answer["code"] = state.AuthorizationCodes.Issue(new AuthorizationCode(
                fields["client_id"], fields["redirect_uri"], challenge.Length > 0 ? challenge : null, user.Id, state.Now + AuthorizationCodes.Lifetime));
        }
        else
        {
            return Page(SignInPage.Error("Unknown or disabled user."), StatusCodes.Status400BadRequest);
        }

        return Results.Redirect(QueryHelpers.AddQueryString(fields["redirect_uri"], answer));
    }

    /// <summary>What makes the request unusable; such requests never redirect (RFC 6749 §4.1.2.1).</summary>
    private static string? Problem(IReadOnlyDictionary<string, string> fields, TrueConfSimulatorState state)
    {
        if (fields["client_id"] != state.Options.ClientId)
        {
            return "Unknown client_id.";
        }

        if (!Uri.TryCreate(fields["redirect_uri"], UriKind.Absolute, out var redirect) || (redirect.Scheme != Uri.UriSchemeHttp && redirect.Scheme != Uri.UriSchemeHttps))
        {
            return "redirect_uri must be an absolute http(s) address.";
        }

        return fields["code_challenge"].Length > 0 && fields["code_challenge_method"] != "S256"
            ? "code_challenge_method must be S256."
            : null;
    }

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
