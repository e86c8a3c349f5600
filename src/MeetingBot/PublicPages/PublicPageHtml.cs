using System.Text.Encodings.Web;
using System.Text.Unicode;
using static MeetingBot.PublicPages.PublicPageTexts;

namespace MeetingBot.PublicPages;

/// <summary>The public pages' markup, filled with their texts in the current language, every text escaped.</summary>
internal static class PublicPageHtml
{
    public static string About() => Page(SiteName, $"""
        <p>{E(AboutIntro)}</p>
        <p>{E(AboutTryLead)} <code>{E(AboutExample)}</code></p>
        <p>{E(AboutHelpLead)} <code>{E(AboutHelpCommand)}</code></p>
        <p>{E(AboutRunBy)}</p>
        <p><a href="/privacy">{E(PrivacyLink)}</a> · <a href="/terms">{E(TermsLink)}</a></p>
        """);

    public static string Privacy() => Page(PrivacyTitle, $"""
        <p>{E(PrivacyIntro)}</p>
        <h2>{E(PrivacyReadsHeading)}</h2>
        <p>{E(PrivacyReads)}</p>
        <h2>{E(PrivacyKeepsHeading)}</h2>
        <ul>
        <li>{E(PrivacyKeepsMeeting)}</li>
        <li>{E(PrivacyKeepsLink)}</li>
        <li>{E(PrivacyKeepsDeliveries)}</li>
        </ul>
        <p>{E(PrivacyNoEmails)}</p>
        <h2>{E(PrivacySendsHeading)}</h2>
        <p>{E(PrivacySends)}</p>
        <h2>{E(PrivacyLogsHeading)}</h2>
        <p>{E(PrivacyLogs)}</p>
        <h2>{E(PrivacyQuestionsHeading)}</h2>
        <p>{E(PrivacyQuestions)}</p>
        <p><a href="/">{E(SiteName)}</a> · <a href="/terms">{E(TermsLink)}</a></p>
        """);

    public static string Terms() => Page(TermsTitle, $"""
        <p>{E(TermsProvider)}</p>
        <p>{E(TermsInYourName)}</p>
        <p>{E(TermsAsIs)}</p>
        <p>{E(TermsQuestions)}</p>
        <p><a href="/">{E(SiteName)}</a> · <a href="/privacy">{E(PrivacyLink)}</a></p>
        """);

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{Language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title></head>
        <body>
        <h1>{E(title)}</h1>
        {body}
        </body></html>
        """;

    private static string E(string text) => s_html.Encode(text);

    // Markup characters escaped, letters of every script (Cyrillic texts) written as they are.
    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(UnicodeRanges.All);
}
