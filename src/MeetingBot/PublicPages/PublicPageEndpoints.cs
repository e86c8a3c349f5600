using MeetingBot.Localization;

namespace MeetingBot.PublicPages;

/// <summary>
/// The pages the chat app's manifest links to: the bot's website, privacy statement and terms of use, each in the
/// browser's language (<see cref="BrowserLanguage"/>).
/// </summary>
public static class PublicPageEndpoints
{
    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpRequest request, Languages languages) => Html(request, languages, PublicPageHtml.About));
        endpoints.MapGet("/privacy", (HttpRequest request, Languages languages) => Html(request, languages, PublicPageHtml.Privacy));
        endpoints.MapGet("/terms", (HttpRequest request, Languages languages) => Html(request, languages, PublicPageHtml.Terms));
        return endpoints;
    }

    private static IResult Html(HttpRequest request, Languages languages, Func<string> page)
    {
        using var language = TextLanguage.Use(BrowserLanguage.Of(request, languages));
        return TypedResults.Content(page(), "text/html; charset=utf-8");
    }
}
