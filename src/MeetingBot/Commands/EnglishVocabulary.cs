namespace MeetingBot.Commands;

/// <summary>The English words of the bot's commands: the one place to extend or tune them.</summary>
internal static class EnglishVocabulary
{
    public static VocabularyDefinition Definition { get; } = new()
    {
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
                "virtual", "group", "conference", "trueconf", "true conf",
            ],
            ["noun"] =
            [
                "meeting", "call", "conference", "videoconference", "video-conference", "videocall", "video-call",
                "video chat", "conf", "meet", "huddle", "session",
            ],
            ["service"] = ["trueconf", "true conf", "true-conf"],
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
        HelpPhrases =
        [
            "commands", "command", "command list", "list commands", "show commands", "what commands",
            "what are the commands", "what are your commands", "what can you do", "what do you do", "what can i do",
            "what can i say", "usage", "menu", "instructions", "get started", "getting started",
        ],
        HelpOpenings = ["help", "how do i", "how can i", "how to", "how does this work", "how does it work"],
        HelpSymbols = "?",
        StartPatterns = ["{verb} {modifier}* {noun}", "meet now"],
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
        LinkPatterns =
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
        SignInPhrases =
        [
            "sign in", "sign-in", "signin", "sign me in", "log in", "log me in", "login", "log on",
            "sign in to trueconf", "sign in to true conf", "log in to trueconf", "login to trueconf",
            "sign in with trueconf", "link my account", "link account", "connect my account",
            "link my trueconf account", "link my true conf account", "connect my trueconf account",
        ],
        PersonLinkVerbs = ["link", "connect", "map"],
        PersonLinkPatterns = ["to|with|as {service}? {idnoun}? {value}"],
    };
}
