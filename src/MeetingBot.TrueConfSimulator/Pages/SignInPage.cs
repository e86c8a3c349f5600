using System.Text;
using System.Text.Encodings.Web;

namespace MeetingBot.TrueConfSimulator.Pages;

/// <summary>
/// The simulator's OAuth authorization page: pick a seeded user and sign in without a password (it is a local
/// stand-in for TrueConf Server's login page), or cancel.
/// </summary>
internal static class SignInPage
{
    public static string Form(string action, IReadOnlyDictionary<string, string> hidden, IEnumerable<SimulatedUser> users)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in – TrueConf Server (simulator)</title></head>
            <body style="font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto">
            <h1>Sign in to TrueConf Server</h1>
            <p>Simulator: choose who you are. No password is asked in local mode.</p>
            """);
        page.Append("<form method=\"post\" action=\"").Append(html.Encode(action)).Append("\">");
        foreach (var (name, value) in hidden)
        {
            page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(name)).Append("\" value=\"").Append(html.Encode(value)).Append("\">");
        }

        page.Append("<label>User <select name=\"login\">");
        foreach (var user in users)
        {
            page.Append("<option value=\"").Append(html.Encode(user.Id)).Append("\">")
                .Append(html.Encode($"{user.DisplayName} ({user.Id})")).Append("</option>");
        }

        page.Append("</select></label> <button type=\"submit\">Sign in</button> ")
            .Append("<button type=\"submit\" name=\"deny\" value=\"1\">Cancel</button></form></body></html>");
        return page.ToString();
    }

    public static string Error(string message) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign-in error</title></head><body><h1>Sign-in error</h1><p>{HtmlEncoder.Default.Encode(message)}</p></body></html>";
}
