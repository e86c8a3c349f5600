using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.MoodHoodSimulator.Pages;

/// <summary>
/// An HTML answer of the meeting page with its security headers. On purpose there is no <c>X-Frame-Options</c> and
/// no <c>frame-ancestors</c>: the page is meant to be embedded in an iFrame of another origin (reference §7).
/// </summary>
internal sealed class PageResult(int status, Func<string, string> render) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; " +
            "form-action 'self'; base-uri 'none'";
        response.Headers.CacheControl = "no-store";
        // The page's own address carries a one-time token: it must not leak to anybody as a referrer.
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync(render(nonce), httpContext.RequestAborted);
    }
}
