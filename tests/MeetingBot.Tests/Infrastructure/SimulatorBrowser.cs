using System.Net;
using System.Text.RegularExpressions;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// Plays the browser on the TrueConf simulator's sign-in page: opens the authorization address, picks a user in
/// its form and submits it, and returns where the simulator redirects (the bot's callback with code and state).
/// </summary>
public static partial class SimulatorBrowser
{
    public static async Task<Uri> SignInAsync(string authorizeUrl, string login)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var page = await browser.GetAsync(authorizeUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The sign-in page answered {(int)page.StatusCode}: {html}");
        }

        var fields = HiddenField().Matches(html).ToDictionary(
            match => WebUtility.HtmlDecode(match.Groups["name"].Value), match => WebUtility.HtmlDecode(match.Groups["value"].Value));
        fields["login"] = login;
        var action = new Uri(new Uri(authorizeUrl), WebUtility.HtmlDecode(FormAction().Match(html).Groups["action"].Value));
        using var submitted = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        return submitted.StatusCode == HttpStatusCode.Redirect
            ? submitted.Headers.Location!
            : throw new InvalidOperationException($"The sign-in form answered {(int)submitted.StatusCode}: {await submitted.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenField();

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]*)\">")]
    private static partial Regex FormAction();
}
