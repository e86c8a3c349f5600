namespace MeetingBot.Tests.Commands;

public class HelpAndLinkParsingTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("HELP")]
    [InlineData("?")]
    [InlineData(" ?? ")]
    [InlineData("commands")]
    [InlineData("what can you do")]
    [InlineData("What can you do?")]
    [InlineData("how do I use this")]
    [InlineData("how do I use this?")]
    [InlineData("how do i start a meeting?")]
    [InlineData("help me")]
    [InlineData("can you help me please?")]
    [InlineData("hey, what can you do?")]
    [InlineData("show commands")]
    [InlineData("how does this work")]
    [InlineData("<p>help</p>")]
    public void Help_requests_are_help(string text) =>
        Assert.Equal("Help", ParsedCommand.Parse(text));

    [Theory]
    [InlineData("my trueconf id is helen", "Link(helen)")]
    [InlineData("my trueconf login is helen", "Link(helen)")]
    [InlineData("my TrueConf ID: helen", "Link(helen)")]
    [InlineData("my TrueConf ID:helen", "Link(helen)")]
    [InlineData("my trueconf id = helen", "Link(helen)")]
    [InlineData("I am helen on trueconf", "Link(helen)")]
    [InlineData("I'm helen on TrueConf", "Link(helen)")]
    [InlineData("I’m helen on TrueConf", "Link(helen)")]
    [InlineData("link my trueconf account helen", "Link(helen)")]
    [InlineData("link my trueconf account to helen", "Link(helen)")]
    [InlineData("link my account to trueconf helen", "Link(helen)")]
    [InlineData("set my trueconf id to helen", "Link(helen)")]
    [InlineData("use helen as my trueconf id", "Link(helen)")]
    [InlineData("my id on trueconf is helen", "Link(helen)")]
    [InlineData("my true conf user name is helen", "Link(helen)")]
    [InlineData("trueconf login: helen", "Link(helen)")]
    [InlineData("my trueconf is helen", "Link(helen)")]
    public void Link_phrases_capture_the_trueconf_id(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("my trueconf id is Helen.", "Link(Helen)")]
    [InlineData("My TrueConf ID is HELEN_W", "Link(HELEN_W)")]
    [InlineData("my trueconf id is \"helen\"", "Link(helen)")]
    [InlineData("my trueconf id is “helen.”", "Link(helen)")]
    [InlineData("my trueconf id is 'helen'", "Link(helen)")]
    [InlineData("my trueconf id is `helen`!", "Link(helen)")]
    [InlineData("my trueconf id is helen.w@video.contoso.com", "Link(helen.w@video.contoso.com)")]
    [InlineData("my trueconf id is o&#39;hara", "Link(o'hara)")]
    [InlineData("please, my trueconf id is helen, thanks!", "Link(helen)")]
    [InlineData("<p>my trueconf id is&nbsp;helen</p>", "Link(helen)")]
    public void Link_ids_keep_their_case_without_punctuation_or_quotes(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    /// <summary>Decision: TrueConf ids have no spaces; two words are refused rather than linked wrongly.</summary>
    [Theory]
    [InlineData("my trueconf id is helen smith")]
    [InlineData("my trueconf id is \"helen smith\"")]
    [InlineData("my trueconf id is")]
    [InlineData("my trueconf id")]
    [InlineData("my trueconf id is is")]
    [InlineData("I am helen")]
    public void Incomplete_or_spaced_ids_are_unknown(string text) =>
        Assert.Equal($"Unknown({text})", ParsedCommand.Parse(text));

    [Theory]
    [InlineData("sign in")]
    [InlineData("Sign in to TrueConf")]
    [InlineData("please log in")]
    [InlineData("login")]
    [InlineData("sign-in")]
    [InlineData("link my account")]
    [InlineData("link my trueconf account")]
    [InlineData("<p>sign me in</p> thanks")]
    public void Sign_in_requests_are_sign_in(string text) =>
        Assert.Equal("SignIn", ParsedCommand.Parse(text));

    [Theory]
    [InlineData("link <at>Alex Wilber</at> to alex", "LinkPerson(@29:alex-wilber=Alex Wilber; alex)")]
    [InlineData("Link <at>Alex Wilber</at> to TrueConf id alex", "LinkPerson(@29:alex-wilber=Alex Wilber; alex)")]
    [InlineData("please connect <at>Alex Wilber</at> with trueconf account 'alex.w'", "LinkPerson(@29:alex-wilber=Alex Wilber; alex.w)")]
    [InlineData("map <at>Alex Wilber</at> as alex", "LinkPerson(@29:alex-wilber=Alex Wilber; alex)")]
    public void An_admin_link_names_one_mentioned_person_and_one_id(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    /// <summary>Only a mention identifies the chat account: a typed name, two people or no id are not a link.</summary>
    [Theory]
    [InlineData("link alex to alex")]
    [InlineData("link <at>Alex Wilber</at> to")]
    [InlineData("link <at>Alex Wilber</at> <at>Dean</at> to alex")]
    [InlineData("link <at>Alex Wilber</at> to alex smith")]
    public void Incomplete_admin_links_are_unknown(string text) =>
        Assert.StartsWith("Unknown(", ParsedCommand.Parse(text));
}
