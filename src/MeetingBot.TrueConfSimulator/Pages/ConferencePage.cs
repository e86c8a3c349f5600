using System.Globalization;
using System.Net;
using System.Text;

namespace MeetingBot.TrueConfSimulator.Pages;

/// <summary>
/// The self-contained HTML page behind <c>url</c> and <c>webclient_url</c>: shows the conference and lets
/// someone join as a directory user. Every piece of user text is HTML-encoded.
/// </summary>
internal static class ConferencePage
{
    private const string Styles = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f3f4f6;color:#1f2937}
        main{max-width:40rem;margin:2rem auto;background:#fff;border-radius:.75rem;padding:1.5rem 2rem;
          box-shadow:0 1px 3px rgba(0,0,0,.12)}
        .badge{display:inline-block;background:#fef3c7;color:#92400e;border-radius:999px;padding:.2rem .75rem;
          font-size:.8rem;font-weight:600}
        h1{margin:.75rem 0 1rem;font-size:1.5rem;overflow-wrap:anywhere}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0 0 1.25rem}
        dt{color:#6b7280}dd{margin:0;overflow-wrap:anywhere}
        .running{color:#047857;font-weight:600}.stopped{color:#b91c1c;font-weight:600}
        ul{padding-left:1.2rem}li{margin:.2rem 0}.muted{color:#6b7280}
        form{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin-top:1rem}
        select,button{font:inherit;padding:.35rem .6rem;border-radius:.4rem;border:1px solid #d1d5db}
        button{background:#2563eb;color:#fff;border-color:#2563eb;cursor:pointer}
        button.end{background:#dc2626;border-color:#dc2626}
        button:disabled{background:#9ca3af;border-color:#9ca3af;cursor:not-allowed}
        """;

    /// <param name="view">"Conference page" or "Browser client".</param>
    public static string Render(
        SimulatedConference conference,
        IReadOnlyList<SimulatedUser> users,
        string serverName,
        string view,
        string? notice)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>").Append(Encode(conference.Topic)).Append(" · TrueConf Server simulator</title>")
            .Append("<style>").Append(Styles).Append("</style></head><body><main>")
            .Append("<span class=\"badge\">TrueConf Server simulator · ").Append(Encode(view)).Append("</span>")
            .Append("<h1>").Append(Encode(conference.Topic)).Append("</h1>");
        if (notice is not null)
        {
            html.Append("<p role=\"status\"><strong>").Append(Encode(notice)).Append("</strong></p>");
        }

        var state = conference.IsRunning ? "running" : "stopped";
        html.Append("<dl>")
            .Append("<dt>Conference ID</dt><dd>").Append(Encode(conference.Id)).Append("</dd>")
            .Append("<dt>State</dt><dd class=\"").Append(state).Append("\">").Append(state).Append("</dd>")
            .Append("<dt>Owner</dt><dd>").Append(Encode(NameOf(conference.OwnerId, users)))
            .Append(" (").Append(Encode($"{conference.OwnerId}@{serverName}")).Append(")</dd>")
            .Append("</dl>");
        AppendParticipants(html, conference, users);
        AppendJoinForm(html, conference, users);
        html.Append("<p class=\"muted\">This page is served by MeetingBot's local TrueConf simulator; ")
            .Append("no audio or video is transmitted.</p></main></body></html>");
        return html.ToString();
    }

    public static string RenderNotFound(string conferenceId) =>
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
        "<title>Conference not found · TrueConf Server simulator</title></head><body><main>" +
        "<p>TrueConf Server simulator</p><h1>Conference not found</h1><p>There is no conference with ID " +
        Encode(conferenceId) + ".</p></main></body></html>";

    private static void AppendParticipants(StringBuilder html, SimulatedConference conference, IReadOnlyList<SimulatedUser> users)
    {
        html.Append("<h2>Participants (").Append(conference.Participants.Count).Append(")</h2>");
        if (conference.Participants.Count == 0)
        {
            html.Append("<p class=\"muted\">Nobody is in the conference.</p>");
            return;
        }

        html.Append("<ul>");
        foreach (var participant in conference.Participants)
        {
            var status = participant.JoinedAt is { } joinedAt
                ? "joined " + joinedAt.UtcDateTime.ToString("HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)
                : "being called";
            html.Append("<li>").Append(Encode(NameOf(participant.UserId, users)))
                .Append(" <span class=\"muted\">(").Append(Encode(participant.UserId)).Append(") — ")
                .Append(status).Append("</span></li>");
        }

        html.Append("</ul>");
    }

    private static void AppendJoinForm(StringBuilder html, SimulatedConference conference, IReadOnlyList<SimulatedUser> users)
    {
        var candidates = users.Where(user => user.IsActive).ToArray();
        var preselected = conference.Participants.FirstOrDefault(p => !p.IsInConference)?.UserId;
        var disabled = conference.IsRunning ? "" : " disabled";

        // Relative action: the page lives at …/{id}, the form posts to …/{id}/join.
        html.Append("<form method=\"post\" action=\"").Append(Encode(Uri.EscapeDataString(conference.Id)))
            .Append("/join\"><label for=\"user_id\">Join as</label><select id=\"user_id\" name=\"user_id\"")
            .Append(disabled).Append('>');
        foreach (var user in candidates)
        {
            var selected = string.Equals(user.Id, preselected, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            html.Append("<option value=\"").Append(Encode(user.Id)).Append('"').Append(selected).Append('>')
                .Append(Encode($"{user.DisplayName} ({user.Id})")).Append("</option>");
        }

        html.Append("</select><button type=\"submit\"").Append(disabled).Append(">Join</button></form>");
        if (conference.IsRunning)
        {
            // What the owner's own TrueConf client offers: ending the conference outside the chat.
            html.Append("<form method=\"post\" action=\"").Append(Encode(Uri.EscapeDataString(conference.Id)))
                .Append("/stop\"><button type=\"submit\" class=\"end\">End the meeting for everyone</button></form>");
        }
        if (!conference.IsRunning)
        {
            html.Append("<p class=\"muted\">The conference is not running; start it first to join.</p>");
        }
    }

    private static string NameOf(string userId, IReadOnlyList<SimulatedUser> users) =>
        users.FirstOrDefault(user => string.Equals(user.Id, userId, StringComparison.OrdinalIgnoreCase))?.DisplayName
        ?? userId;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
