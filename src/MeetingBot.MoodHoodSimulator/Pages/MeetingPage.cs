using System.Globalization;
using System.Net;
using System.Text;

namespace MeetingBot.MoodHoodSimulator.Pages;

/// <summary>
/// The simulated meeting page behind a personal link: who you are, who is in, a Leave button. Its script is tiny,
/// inline and allowed by a CSP nonce; when the call ends for this page (it was the last to leave, or the room was
/// deleted) it posts <c>ld_finish_call</c> to the embedding page, as the real one does (reference §7).
/// Every piece of user text is HTML-encoded.
/// </summary>
internal static class MeetingPage
{
    public const string CallEndedText = "The call has ended";
    public const string LeftText = "You left the call";

    private const string Styles = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#111827;color:#f9fafb}
        main{max-width:40rem;margin:2rem auto;background:#1f2937;border-radius:.75rem;padding:1.5rem 2rem}
        .badge{display:inline-block;background:#4338ca;border-radius:999px;padding:.2rem .75rem;font-size:.8rem;font-weight:600}
        h1{margin:.75rem 0 1rem;font-size:1.4rem;overflow-wrap:anywhere}
        ul{padding-left:1.2rem}li{margin:.2rem 0}.muted{color:#9ca3af}
        button{font:inherit;padding:.4rem .9rem;border-radius:.4rem;border:0;background:#dc2626;color:#fff;cursor:pointer}
        """;

    // Polls the call's status and handles Leave; falls back to the plain form post without script.
    private const string Script = """
        (()=>{const m=document.querySelector('main'),f=document.getElementById('leave'),s=document.getElementById('state'),
        p=document.getElementById('people'),c=document.getElementById('call');let done=false;
        const show=t=>{done=true;c.hidden=true;s.textContent=t;};
        const end=()=>{if(done)return;window.parent.postMessage('ld_finish_call','*');show('The call has ended');};
        const poll=async()=>{if(done)return;try{const r=await fetch(m.dataset.status,{cache:'no-store'});const j=await r.json();
        if(j.ended){end();return;}p.replaceChildren(...j.participants.map(n=>{const li=document.createElement('li');li.textContent=n;return li;}));}
        catch(e){}setTimeout(poll,+m.dataset.poll);};
        f.addEventListener('submit',async e=>{e.preventDefault();try{const r=await fetch(f.action,{method:'POST',
        headers:{'Accept':'application/json'},body:new URLSearchParams(new FormData(f))});const j=await r.json();
        if(j.callEnded){end();}else{show('You left the call');}}catch(x){f.submit();}});
        setTimeout(poll,+m.dataset.poll);})();
        """;

    public static string InCall(
        SimulatedRoom room, CallParticipant participant, SimulatedCall call, string nonce, TimeSpan pollInterval)
    {
        var alias = Uri.EscapeDataString(room.Alias);
        var session = Uri.EscapeDataString(participant.SessionId);
        var html = Head($"{participant.Name} — in {room.Name}", nonce);
        // Relative to …/room/{alias}: the page works under any mount prefix and inside any frame.
        html.Append("<main data-status=\"").Append(Encode($"{alias}/status?session={session}"))
            .Append("\" data-poll=\"").Append(((int)pollInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture))
            .Append("\"><span class=\"badge\">MoodHood simulator · meeting page</span>")
            .Append("<h1>").Append(Encode(participant.Name)).Append(" — in ").Append(Encode(room.Name)).Append("</h1>")
            .Append("<p id=\"state\" role=\"status\">You are in the call as ").Append(Encode(participant.Role)).Append(".</p>")
            .Append("<div id=\"call\"><h2>In the call</h2><ul id=\"people\">");
        foreach (var present in call.Present)
        {
            html.Append("<li>").Append(Encode(present.Name)).Append("</li>");
        }

        html.Append("</ul><form id=\"leave\" method=\"post\" action=\"").Append(Encode($"{alias}/leave"))
            .Append("\"><input type=\"hidden\" name=\"session\" value=\"").Append(Encode(participant.SessionId))
            .Append("\"><button type=\"submit\">Leave</button></form></div>")
            .Append("<p class=\"muted\">Served by MeetingBot's local MoodHood simulator; no audio or video is transmitted.</p>")
            .Append("</main><script nonce=\"").Append(nonce).Append("\">").Append(Script).Append("</script></body></html>");
        return html.ToString();
    }

    /// <summary>A page that only says something: a refused link, a missing room, the end of the call.</summary>
    public static string Message(string title, string text, string nonce) =>
        Head(title, nonce)
            .Append("<main><span class=\"badge\">MoodHood simulator · meeting page</span><h1>").Append(Encode(title))
            .Append("</h1><p>").Append(Encode(text)).Append("</p></main></body></html>")
            .ToString();

    private static StringBuilder Head(string title, string nonce) =>
        new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" · MoodHood simulator</title>")
            .Append("<style nonce=\"").Append(nonce).Append("\">").Append(Styles).Append("</style></head><body>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
