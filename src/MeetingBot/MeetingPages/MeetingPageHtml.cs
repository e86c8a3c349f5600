using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MeetingBot.MeetingPages;

/// <summary>
/// The meeting page's HTML and its security headers. The page runs only what carries this response's nonce, frames
/// only the video service's origin, and may itself be framed only by the bot's own pages and Teams' dialog hosts.
/// </summary>
internal static class MeetingPageHtml
{
    /// <summary>What the meeting frame may use (reference §7, the documented list).</summary>
    public const string FrameAllow = "camera; microphone; fullscreen; display-capture; autoplay";

    /// <summary>The hosts Teams renders dialogs from (Teams' tab requirements: frame-ancestors).</summary>
    public const string TeamsFrameAncestors = "https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";

    private const string Style = """
        html,body{margin:0;height:100%;font-family:"Segoe UI",system-ui,sans-serif;background:#f5f5f5;color:#242424}
        iframe{border:0;width:100%;height:100%;display:block}
        .notice{max-width:32rem;margin:15vh auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
        h1{font-size:1.4rem;margin:0 0 1rem}
        """;

    // 'ld_finish_call' is what the meeting frame posts to its parent when the call ends (reference §7). Constant: the frame's origin is read from the frame itself, so nothing from the request is written into the script.
    private const string Script = """
        (() => {
          const frame = document.getElementById('meeting');
          const origin = new URL(frame.src).origin;
          window.addEventListener('message', event => {
            if (event.origin !== origin || event.data !== 'ld_finish_call') return;
            frame.remove();
            document.getElementById('ended').hidden = false;
          });
        })();
        """;

    public static IResult Meeting(string topic, string linkUrl, string frameOrigin) =>
        Page(StatusCodes.Status200OK, topic, frameOrigin, nonce => $"""
            <iframe id="meeting" title="{Encode(MeetingPageTexts.FrameTitle)}" src="{Encode(linkUrl)}" allow="{FrameAllow}" allowusermedia referrerpolicy="no-referrer"></iframe>
            <main id="ended" class="notice" hidden><h1>{Encode(MeetingPageTexts.EndedTitle)}</h1><p>{Encode(MeetingPageTexts.EndedBody)}</p></main>
            <script nonce="{nonce}">{Script}</script>
            """);

    public static IResult Ended(string topic) => Notice(StatusCodes.Status200OK, topic, MeetingPageTexts.EndedTitle, MeetingPageTexts.EndedBody);

    public static IResult Notice(int status, string title, string heading, string body) =>
        Page(status, title, frameOrigin: null, _ => $"""
            <main id="notice" class="notice"><h1>{Encode(heading)}</h1><p>{Encode(body)}</p></main>
            """);

    private static IResult Page(int status, string title, string? frameOrigin, Func<string, string> body)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var html = $"""
            <!DOCTYPE html>
            <html lang="{MeetingPageTexts.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)}</title>
            <style nonce="{nonce}">{Style}</style>
            </head>
            <body>
            {body(nonce)}
            </body>
            </html>
            """;
        return new SecuredHtml(status, html, ContentSecurityPolicy(nonce, frameOrigin));
    }

    public static string ContentSecurityPolicy(string nonce, string? frameOrigin) => string.Join("; ",
        "default-src 'none'",
        frameOrigin is null ? "frame-src 'none'" : "frame-src " + frameOrigin,
        $"script-src 'nonce-{nonce}'",
        $"style-src 'nonce-{nonce}'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self' " + TeamsFrameAncestors);

    private static string Encode(string text) => s_html.Encode(text);

    // Markup characters escaped, letters of every script (Cyrillic names and texts) written as they are.
    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page with the headers every meeting page carries: never cached, never leaking its address, never sniffed.</summary>
    private sealed class SecuredHtml(int status, string html, string policy) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            http.Response.StatusCode = status;
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                headers.RetryAfter = "30";
            }

            http.Response.ContentType = "text/html; charset=utf-8";
            return http.Response.WriteAsync(html, http.RequestAborted);
        }
    }
}
