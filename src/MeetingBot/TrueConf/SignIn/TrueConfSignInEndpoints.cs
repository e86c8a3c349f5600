using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.TrueConf.Errors;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf.SignIn;

/// <summary>
/// The browser's side of the sign-in: <c>start</c> sends it to TrueConf Server's authorization page with the PKCE
/// challenge; TrueConf sends it back to <c>callback</c> with a code, which is exchanged (with the verifier, which
/// never left the bot) for the signed-in user, stored as a proven link and confirmed in the chat.
/// </summary>
public static partial class TrueConfSignInEndpoints
{
    public const string StartPath = "/auth/trueconf/start";
    public const string CallbackPath = "/auth/trueconf/callback";

    public static IEndpointRouteBuilder MapTrueConfSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StartPath, (RequestDelegate)StartAsync);
        endpoints.MapGet(CallbackPath, (RequestDelegate)CallbackAsync);
        return endpoints;
    }

    private static async Task StartAsync(HttpContext context)
    {
        var services = context.RequestServices;
        using var language = TextLanguage.Use(BrowserLanguage.Of(context.Request, services.GetRequiredService<Languages>()));
        var trueConf = services.GetRequiredService<IOptions<TrueConfOptions>>().Value;
        var state = context.Request.Query["state"].ToString();
        var pending = !trueConf.UserSignIn || state.Length == 0
            ? null
            : await services.GetRequiredService<ISignInStateStore>().FindAsync(SignInSecrets.StateHash(state), context.RequestAborted).ConfigureAwait(false);
        if (pending is null)
        {
            await SignInPage.WriteAsync(context, StatusCodes.Status400BadRequest, SignInPageTexts.StartExpiredTitle, SignInPageTexts.StartExpiredBody).ConfigureAwait(false);
            return;
        }

        var bot = services.GetRequiredService<IOptions<MeetingBotOptions>>().Value;
        var authorize = trueConf.ServerUrl!.TrimEnd('/') + trueConf.AuthorizePath +
            "?response_type=code" +
            "&client_id=" + Uri.EscapeDataString(trueConf.ClientId!) +
            "&redirect_uri=" + Uri.EscapeDataString(TrueConfSignIn.PublicAddress(bot, CallbackPath)) +
            "&state=" + Uri.EscapeDataString(state) +
            "&code_challenge=" + SignInSecrets.CodeChallenge(pending.CodeVerifier) +
            "&code_challenge_method=S256";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect(authorize);
    }

    private static async Task CallbackAsync(HttpContext context)
    {
        var services = context.RequestServices;
        using var language = TextLanguage.Use(BrowserLanguage.Of(context.Request, services.GetRequiredService<Languages>()));
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrueConfSignInEndpoints).FullName!);
        var query = context.Request.Query;
        var state = query["state"].ToString();
        var trueConf = services.GetRequiredService<IOptions<TrueConfOptions>>().Value;

        // Taken, not read: whatever happens next, this state cannot be used again.
        var pending = !trueConf.UserSignIn || state.Length == 0
            ? null
            : await services.GetRequiredService<ISignInStateStore>().TakeAsync(SignInSecrets.StateHash(state), CancellationToken.None).ConfigureAwait(false);
        if (pending is null)
        {
            LogUnknownState(logger);
            await SignInPage.WriteAsync(context, StatusCodes.Status400BadRequest, SignInPageTexts.CallbackExpiredTitle, SignInPageTexts.CallbackExpiredBody).ConfigureAwait(false);
            return;
        }

        var code = query["code"].ToString();
        if (code.Length == 0)
        {
            LogRefused(logger, query["error"].ToString());
            await SignInPage.WriteAsync(context, StatusCodes.Status400BadRequest, SignInPageTexts.RefusedTitle, SignInPageTexts.RefusedBody).ConfigureAwait(false);
            return;
        }

        Conferencing.ConferenceUser user;
        try
        {
            var bot = services.GetRequiredService<IOptions<MeetingBotOptions>>().Value;
            user = await services.GetRequiredService<TrueConfUserSignInClient>()
                .SignedInUserAsync(code, pending.CodeVerifier, TrueConfSignIn.PublicAddress(bot, CallbackPath), context.RequestAborted).ConfigureAwait(false);
        }
        catch (TrueConfException error)
        {
            LogExchangeFailed(logger, error);
            await SignInPage.WriteAsync(context, StatusCodes.Status502BadGateway, SignInPageTexts.NotConfirmedTitle, SignInPageTexts.NotConfirmedBody).ConfigureAwait(false);
            return;
        }

        if (!user.IsActive)
        {
            await SignInPage.WriteAsync(context, StatusCodes.Status403Forbidden, SignInPageTexts.DisabledTitle, SignInPageTexts.DisabledBody(user.Id)).ConfigureAwait(false);
            return;
        }

        var destination = new ChatDestination(pending.Channel, pending.ConversationId, pending.ServiceAddress);
        try
        {
            await services.GetRequiredService<AccountLinks>().CompleteSignInAsync(destination, pending.ChatUserId, user, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ChatDeliveryException error)
        {
            // The link is stored; only the chat's confirmation is missing.
            LogConfirmationFailed(logger, error);
        }

        await SignInPage.WriteAsync(context, StatusCodes.Status200OK, SignInPageTexts.LinkedTitle(user.DisplayName), SignInPageTexts.LinkedBody(user.DisplayName, user.Id)).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 2701, Level = LogLevel.Warning, Message = "Sign-in callback with an unknown, expired or already used state")]
    private static partial void LogUnknownState(ILogger logger);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Information, Message = "TrueConf sign-in ended without a code (error '{Error}')")]
    private static partial void LogRefused(ILogger logger, string error);

    [LoggerMessage(EventId = 2703, Level = LogLevel.Warning, Message = "TrueConf did not confirm a sign-in")]
    private static partial void LogExchangeFailed(ILogger logger, Exception error);

    [LoggerMessage(EventId = 2704, Level = LogLevel.Warning, Message = "Linked after sign-in, but the chat confirmation could not be sent")]
    private static partial void LogConfirmationFailed(ILogger logger, Exception error);
}
