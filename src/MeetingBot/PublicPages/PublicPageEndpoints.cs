namespace MeetingBot.PublicPages;

/// <summary>The pages the chat app's manifest links to: the bot's website, privacy statement and terms of use.</summary>
public static class PublicPageEndpoints
{
    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Html(PublicPageTexts.About));
        endpoints.MapGet("/privacy", () => Html(PublicPageTexts.Privacy));
        endpoints.MapGet("/terms", () => Html(PublicPageTexts.Terms));
        return endpoints;
    }

    private static IResult Html(string page) => TypedResults.Content(page, "text/html; charset=utf-8");
}
