using Microsoft.AspNetCore.Http;

namespace MeetingBot.Localization;

/// <summary>
/// The language of a page the bot serves to a browser (the meeting page, sign-in pages): the most preferred spoken
/// language of its <c>Accept-Language</c> (inside Teams, the client's own language), else the default.
/// </summary>
public static class BrowserLanguage
{
    public static Language Of(HttpRequest request, Languages languages)
    {
        // OrderByDescending is stable: equal preferences keep the browser's order.
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is not 0)
            .OrderByDescending(value => value.Quality ?? 1);
        foreach (var value in preferred)
        {
            if (languages.Match(value.Value.Value) is { } language)
            {
                return language;
            }
        }

        return languages.Default;
    }
}
