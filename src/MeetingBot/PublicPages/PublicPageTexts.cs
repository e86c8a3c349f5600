namespace MeetingBot.PublicPages;

/// <summary>
/// Plain, static pages. They describe what this bot's code does with data; the organisation that runs it states
/// the rest, which is why they point people to their administrator rather than promising on its behalf.
/// </summary>
internal static class PublicPageTexts
{
    public const string About = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>MeetingBot</title></head>
        <body>
        <h1>MeetingBot</h1>
        <p>MeetingBot starts video meetings on your organisation's TrueConf Server from a Microsoft Teams chat: type
        <code>start meeting with kevin</code> and it answers with a card whose Join button opens the meeting.
        Type <code>help</code> in a chat with the bot for everything it understands.</p>
        <p>It is run by your organisation. For help, ask your Teams or TrueConf administrator.</p>
        <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p>
        </body></html>
        """;

    public const string Privacy = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>MeetingBot privacy</title></head>
        <body>
        <h1>MeetingBot privacy</h1>
        <p>MeetingBot is run by your organisation, on its own servers, and talks only to your organisation's
        TrueConf Server and to Microsoft Teams. Nothing is sent to the bot's authors or to anyone else. Your
        organisation's own privacy policy applies as well.</p>
        <h2>What it reads</h2>
        <p>The messages you send to the bot or in which you @mention it, your Teams user id and name, and the
        e-mail address (user principal name) of you and of the people you @mention, which it asks Teams for to find
        the matching TrueConf accounts.</p>
        <h2>What it keeps</h2>
        <ul>
        <li>For each meeting it starts: the TrueConf conference id, topic, join link, the TrueConf logins of the owner
        and of the people invited, the chat's and the message's ids, your Teams user id and the time.</li>
        <li>The TrueConf login you linked to your Teams account, if you did.</li>
        <li>The ids of recently received messages, for a short while, so that a message delivered twice does not
        start two meetings.</li>
        </ul>
        <p>E-mail addresses are not stored: they are looked up when needed and held in memory only for a short while.</p>
        <h2>What it sends</h2>
        <p>To TrueConf Server: look-ups of the people you name, and the meetings it creates (topic, owner, invited
        people). To Microsoft Teams: its replies to you.</p>
        <h2>Logs</h2>
        <p>The bot writes operational logs, and traces and metrics when your organisation turns them on, to your
        organisation's monitoring. They never contain passwords, tokens or whole e-mail addresses.</p>
        <h2>Questions and removal</h2>
        <p>Ask your organisation's Teams or TrueConf administrator, who runs the bot and its database.</p>
        <p><a href="/">MeetingBot</a> · <a href="/terms">Terms of use</a></p>
        </body></html>
        """;

    public const string Terms = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>MeetingBot terms of use</title></head>
        <body>
        <h1>MeetingBot terms of use</h1>
        <p>MeetingBot is provided to you by your organisation, which runs it. Using it is subject to your
        organisation's rules for Microsoft Teams and for its TrueConf Server.</p>
        <p>The bot starts meetings on TrueConf Server in your name and invites the people you name. Invite people as
        you would by hand, and link only your own TrueConf account to your Teams account.</p>
        <p>The bot is provided as is, without warranty. A meeting cannot be started while TrueConf Server or Microsoft
        Teams is unavailable; the bot tells you when that happens. Your organisation may change or withdraw the bot
        at any time.</p>
        <p>Questions go to your organisation's Teams or TrueConf administrator.</p>
        <p><a href="/">MeetingBot</a> · <a href="/privacy">Privacy</a></p>
        </body></html>
        """;
}
