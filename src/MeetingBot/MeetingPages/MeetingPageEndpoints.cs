using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.MeetingPages;

/// <summary>
/// <c>GET /meet/{conferenceId}?t=…</c>: the page hosting a meeting in a frame, with a one-time link minted for the chat
/// user its token names. Mapped only on a backend with personal links; elsewhere the address is unknown (404).
/// </summary>
public static partial class MeetingPageEndpoints
{
    /// <summary>The longest the page waits for the backend's link before saying it is not answering.</summary>
    internal static readonly TimeSpan IssueBudget = TimeSpan.FromSeconds(8);

    public static IEndpointRouteBuilder MapMeetingPages(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IPersonalLinkIssuer)))
        {
            endpoints.MapGet(MeetingPageLinks.RoutePrefix + "{conferenceId}", ServeAsync).WithName("MeetingPage");
        }

        return endpoints;
    }

    private static async Task<IResult> ServeAsync(
        string conferenceId,
        HttpContext http,
        PageSigningKey signingKey,
        IMeetingStore meetings,
        IConferenceService backend,
        IPersonalLinkIssuer links,
        IOptions<MeetingBotOptions> bot,
        Languages languages,
        TimeProvider clock,
        ILoggerFactory loggers)
    {
        // The browser's language rather than one carried in the link: the page is read in that browser (in Teams, the
        // client's language), and links already handed out stay valid as they are.
        using var language = TextLanguage.Use(BrowserLanguage.Of(http.Request, languages));
        var logger = loggers.CreateLogger(typeof(MeetingPageEndpoints));
        var key = await signingKey.GetAsync(http.RequestAborted);
        var check = PageTokens.Check(http.Request.Query[MeetingPageLinks.TokenParameter].ToString(), key, clock.GetUtcNow());
        if (check.Ticket is not { } ticket || !string.Equals(ticket.ConferenceId, conferenceId, StringComparison.Ordinal))
        {
            LogRefused(logger, conferenceId, "not valid");
            return MeetingPageHtml.Notice(StatusCodes.Status403Forbidden, MeetingPageTexts.InvalidTitle, MeetingPageTexts.InvalidTitle, MeetingPageTexts.InvalidBody);
        }

        if (check.Status == PageTokenStatus.Expired)
        {
            LogRefused(logger, conferenceId, "expired");
            return MeetingPageHtml.Notice(StatusCodes.Status403Forbidden, MeetingPageTexts.ExpiredTitle, MeetingPageTexts.ExpiredTitle, MeetingPageTexts.ExpiredBody);
        }

        var meeting = await meetings.FindByConferenceIdAsync(backend.Capabilities.DisplayName, conferenceId, http.RequestAborted);
        if (meeting is null)
        {
            LogUnknownMeeting(logger, conferenceId);
            return MeetingPageHtml.Notice(StatusCodes.Status404NotFound, MeetingPageTexts.NotFoundTitle, MeetingPageTexts.NotFoundTitle, MeetingPageTexts.NotFoundBody);
        }

        if (meeting.State == MeetingState.Ended)
        {
            return MeetingPageHtml.Ended(meeting.Topic);
        }

        var asModerator = (meeting.Channel == ticket.Channel && meeting.OwnerId == ticket.UserId) || bot.Value.IsAdmin(ticket.UserId, email: null);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        budget.CancelAfter(IssueBudget);
        PersonalLink link;
        try
        {
            link = await links.IssueAsync(new PersonalLinkRequest(conferenceId, ticket.UserId, ticket.DisplayName, asModerator, meeting.RequestKey), budget.Token);
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            // The room is gone (stopped from the chat, or removed on the server): nothing left to join.
            return MeetingPageHtml.Ended(meeting.Topic);
        }
        catch (Exception error) when (error is ConferencingException or HttpRequestException ||
                                      (error is OperationCanceledException && !http.RequestAborted.IsCancellationRequested))
        {
            LogBackendFailed(logger, error, conferenceId);
            return MeetingPageHtml.Notice(StatusCodes.Status503ServiceUnavailable, MeetingPageTexts.UnavailableTitle, MeetingPageTexts.UnavailableTitle, MeetingPageTexts.UnavailableBody);
        }

        if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            LogBadLink(logger, conferenceId);
            return MeetingPageHtml.Notice(StatusCodes.Status503ServiceUnavailable, MeetingPageTexts.UnavailableTitle, MeetingPageTexts.UnavailableTitle, MeetingPageTexts.UnavailableBody);
        }

        LogServed(logger, conferenceId, asModerator);
        return MeetingPageHtml.Meeting(meeting.Topic, link.Url, url.GetLeftPart(UriPartial.Authority));
    }

    // The token and the minted link are never logged: both admit their holder.
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Meeting page for conference {ConferenceId} served with a fresh personal link (moderator: {AsModerator})")]
    private static partial void LogServed(ILogger logger, string conferenceId, bool asModerator);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Meeting page for conference {ConferenceId} refused: its token is {Reason}")]
    private static partial void LogRefused(ILogger logger, string conferenceId, string reason);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Meeting page asked for conference {ConferenceId}, which the bot has no record of")]
    private static partial void LogUnknownMeeting(ILogger logger, string conferenceId);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "Meeting page for conference {ConferenceId}: the video backend gave no personal link")]
    private static partial void LogBackendFailed(ILogger logger, Exception error, string conferenceId);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Error, Message = "Meeting page for conference {ConferenceId}: the video backend's personal link is not an http(s) address")]
    private static partial void LogBadLink(ILogger logger, string conferenceId);
}
