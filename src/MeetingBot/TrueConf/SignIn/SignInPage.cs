using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MeetingBot.TrueConf.SignIn;

/// <summary>The small HTML pages the browser shows at the end of a sign-in.</summary>
internal static class SignInPage
{
    // Markup characters escaped, letters of every script (Cyrillic names and texts) written as they are.
    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(UnicodeRanges.All);

    public static Task WriteAsync(HttpContext context, int statusCode, string title, string message)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        // The address held an authorization code: no other site is told it.
        response.Headers["Referrer-Policy"] = "no-referrer";
        var html = s_html;
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{SignInPageTexts.Language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(title)} – MeetingBot</title>
            <style>body{"{"}font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5{"}"}</style></head>
            <body><h1>{html.Encode(title)}</h1><p>{html.Encode(message)}</p></body></html>
            """, context.RequestAborted);
    }
}
