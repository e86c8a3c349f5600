namespace MeetingBot.Commands;

/// <summary>The commands users are told about, in the order the help card and the app manifest list them.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandExample> Examples { get; } =
    [
        new("Start a meeting", "start meeting",
            "Starts a TrueConf video meeting and posts the link to join it."),
        new("Start a meeting with people", "start meeting with kevin and dean",
            "Starts a meeting and invites the people you name or @mention."),
        new("Start a meeting with a topic", "start meeting \"Design review\" with kevin",
            "Starts a meeting with a topic; use quotes, or about, called or titled before the topic."),
        new("Sign in to TrueConf", "sign in",
            "Links your TrueConf account by signing in to it, so that meetings are started in your name."),
        new("Link my TrueConf account", "my trueconf id is helen",
            "Links that TrueConf account when its e-mail is the one of your chat account."),
        new("Help", "help",
            "Shows what the bot can do."),
    ];
}
