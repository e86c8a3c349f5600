using MeetingBot.Localization;

namespace MeetingBot.Commands;

/// <summary>The English words of the bot's commands: the one place to extend or tune them.</summary>
internal static class EnglishVocabulary
{
    public static VocabularyDefinition Definition { get; } = new()
    {
        Language = Language.English,
        Sets = new Dictionary<string, string[]>
        {
            ["verb"] =
            [
                "start", "start up", "begin", "launch", "create", "open", "host", "initiate", "new",
                "set up", "setup", "kick off", "spin up", "fire up",
            ],
            ["modifier"] =
            [
                "a", "an", "the", "my", "new", "another", "quick", "instant", "short", "video", "audio", "online",
                "virtual", "group", "conference", "smart", "moderated", "role-based", "public", "this", "current",
                "our", "running",
            ],
            ["noun"] =
            [
                "meeting", "call", "conference", "videoconference", "video-conference", "videocall", "video-call",
                "video chat", "conf", "meet", "huddle", "session", "webinar",
            ],
            ["stopverb"] = ["stop", "end", "finish", "close", "terminate", "kill", "shut down", "wrap up", "cancel"],
            ["meetings"] = ["meetings", "calls", "conferences", "webinars", "sessions"],
            ["listmodifier"] = ["my", "our", "the", "all", "running", "active", "upcoming", "current", "scheduled", "open"],
            ["people"] = ["participants", "attendees", "people", "members"],
            ["idnoun"] =
            [
                "id", "login", "username", "user name", "userid", "user id", "user", "account", "account id",
                "account name", "name", "handle", "login id", "login name",
            ],
        },
        LeadingFillers =
        [
            "hey", "hi", "hello", "yo", "ok", "okay", "so", "um", "uh", "bot", "please", "pls", "plz", "kindly", "just",
            "can you", "could you", "would you", "will you", "can u", "could u", "can we", "could we", "shall we",
            "let's", "lets", "let us", "i want to", "i wanna", "i'd like to", "id like to", "i would like to",
            "i need to", "i need you to", "i want you to", "go ahead and",
        ],
        TrailingFillers =
        [
            "please", "pls", "plz", "thanks", "thank you", "thx", "ty", "for me", "for us", "if you can",
            "if possible",
        ],
        HelpSymbols = "?",
        NowPhrases = ["now", "right now", "immediately", "asap", "right away", "straight away", "instantly"],
        TopicMarkers =
        [
            "about", "on", "re", "regarding", "concerning", "called", "named", "titled", "entitled", "topic",
            "subject", "title", "with topic", "with the topic", "with subject", "with the subject", "with title",
            "with the title",
        ],
        InviteeMarkers =
        [
            "with", "together with", "along with", "invite", "inviting", "and invite", "including", "and add",
        ],
        ListSeparators = ["and", "plus", "as well as", "and also"],
        SelfReferences = ["me", "myself", "i"],
        SmartWords = ["smart"],
        ModeratedWords = ["moderated", "role-based", "webinar"],
        PublicWords = ["public"],
        GuestPhrases =
        [
            "with guests", "and guests", "plus guests", "for guests", "guests allowed", "guests welcome",
            "open to guests", "allowing guests", "allow guests", "with guest access", "with a guest link",
        ],
        EveryonePhrases =
        [
            "everyone", "everybody", "everyone here", "everybody here", "all", "all of us", "everyone in this chat",
            "everyone in this channel", "everyone in this conversation", "the whole team", "the team", "the whole chat",
        ],
        TargetMarkers = ["in", "into", "to", "of", "for", "from", "on"],
        Commands = new Dictionary<string, CommandWordsDefinition>
        {
            ["help"] = new()
            {
                Phrases =
                [
                    "commands", "command", "command list", "list commands", "show commands", "what commands",
                    "what are the commands", "what are your commands", "what can you do", "what do you do", "what can i do",
                    "what can i say", "usage", "menu", "instructions", "get started", "getting started",
                ],
                Openings = ["help", "how do i", "how can i", "how to", "how does this work", "how does it work"],
                Examples = [new("Help", "help", "Shows what the bot can do; language ru switches it to Russian.")],
            },
            ["sign-in"] = new()
            {
                Phrases =
                [
                    "sign in", "sign-in", "signin", "sign me in", "log in", "log me in", "login", "log on",
                    "link my account", "link account", "connect my account",
                ],
                Patterns =
                [
                    "sign|log in to|with|into {service}", "login to|with|into {service}", "link|connect my? {service} account",
                ],
                Examples =
                [
                    new("Sign in to {service}", "sign in",
                        "Links your {service} account by signing in to it, so that meetings are started in your name."),
                ],
            },
            ["link"] = new()
            {
                Patterns =
                [
                    "my {service} {idnoun} is? {value}",
                    "my {service} is {value}",
                    "my {idnoun} on|in|at|for {service} is? {value}",
                    "{service} {idnoun} is? {value}",
                    "i am {value} on|in|at {service}",
                    "i'm {value} on|in|at {service}",
                    "im {value} on|in|at {service}",
                    "link|connect|set|change|update|use my? {service} {idnoun}? to|as|is? {value}",
                    "link|connect my? account to|with {service} {idnoun}? {value}",
                    "use {value} as my? {service} {idnoun}?",
                ],
                Examples =
                [
                    new("Link my {service} account", "my {service} id is helen",
                        "Links that {service} account when its e-mail is the one of your chat account."),
                ],
            },
            ["link-person"] = new()
            {
                Verbs = ["link", "connect", "map"],
                Patterns = ["to|with|as {service}? {idnoun}? {value}"],
                Examples = [],
            },
            ["language"] = new()
            {
                Phrases =
                [
                    "language", "languages", "lang", "which languages", "what languages", "what languages do you speak",
                    "which languages do you speak", "change language", "change the language", "switch language",
                    "set language",
                ],
                Patterns =
                [
                    "language|lang {value}",
                    "set|change|switch|use my? the? language to|as? {value}",
                    "speak|write|answer|reply|talk in? {value}",
                    "switch to {value}",
                ],
                Examples = [],
            },
            ["list"] = new()
            {
                Patterns =
                [
                    "list|show|get|see {listmodifier}* {meetings}",
                    "{listmodifier}* {meetings}",
                    "what|which {meetings} are running|on|open|scheduled|upcoming",
                    "what|which {meetings} do i have",
                ],
                Examples = [new("List my meetings", "list meetings", "Lists your running and upcoming meetings, each with its Join button.")],
            },
            ["participants"] = new()
            {
                Phrases = ["who is in", "who's in", "whos in", "who is here", "who joined", "who is there", "who's there"],
                Patterns =
                [
                    "who is|was in|on|attending|joining {modifier}* {noun}",
                    "who's|whos in|on|attending|joining {modifier}* {noun}",
                    "who joined {modifier}* {noun}",
                    "show|list|get|see? {modifier}* {people}",
                    "show|list|get|see? {modifier}* {people} in|of|on {modifier}* {noun}",
                ],
                Examples = [new("Who is in the meeting", "who is in the meeting", "Shows who is in the call, who is being called and who has not joined.")],
            },
            ["stop"] = new()
            {
                Phrases = ["hang up", "stop it"],
                Patterns = ["{stopverb} {modifier}* {noun}"],
                Examples = [new("Stop the meeting", "stop meeting", "Ends the meeting for everyone (its owner or an admin only).")],
            },
            ["start"] = new()
            {
                Patterns = ["{verb} {modifier}* {noun}", "meet now"],
                Examples =
                [
                    new("Start a meeting", "start meeting",
                        "Starts a {service} video meeting and posts the link to join it."),
                    new("Start a meeting with people", "start meeting with kevin and dean",
                        "Starts a meeting and invites the people you name or @mention."),
                    new("Start a meeting with a topic", "start meeting \"Design review\" with kevin",
                        "Starts a meeting with a topic; use quotes, or about, called or titled before the topic."),
                    new("Start a smart meeting", "start smart meeting with kevin",
                        "The speaker is picked automatically; say moderated meeting or webinar for a moderated one."),
                    new("Start a meeting with guests", "start meeting with guests",
                        "Starts a public meeting and puts a link for guests without an account on the card.") { NeedsGuests = true },
                ],
            },
            ["invite"] = new()
            {
                Verbs = ["invite", "add", "call", "ring", "dial", "bring in", "call in", "pull in", "also invite"],
                Examples = [new("Invite people", "invite dean and helen", "Calls them into the running meeting; invite everyone here calls the whole chat.")],
            },
        },
    };
}
