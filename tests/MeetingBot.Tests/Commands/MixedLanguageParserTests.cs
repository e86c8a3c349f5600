using MeetingBot.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Commands;

/// <summary>
/// A command mixing English and Russian (one language's command words with the other's <c>с</c>, <c>и</c>,
/// <c>with</c>, <c>and</c> outside quotes) is refused as mixed — never read with the other language's words inside a
/// topic or a name — while each pure form, and a quoted topic in either language, still works.
/// </summary>
public sealed class MixedLanguageParserTests
{
    [Theory]
    // The forms of issue 17.
    [InlineData("start meeting с kevin")]
    [InlineData("start meeting «Ретро» с kevin")]
    [InlineData("начать встречу with kevin")]
    // A foreign connective where a topic or a name is read.
    [InlineData("start meeting about budget с kevin")]
    [InlineData("start meeting \"Retro\" с kevin")]
    [InlineData("start meeting with kevin и dean")]
    [InlineData("start meeting with Иван и Ольга")]
    [InlineData("invite dean и helen")]
    [InlineData("начни встречу «Ретро» with kevin")]
    [InlineData("начни встречу на тему бюджет with kevin")]
    [InlineData("начни встречу с Деном and Еленой")]
    [InlineData("пригласи dean and helen")]
    [InlineData("please start meeting с kevin, спасибо")]
    public void A_mixed_command_is_refused_as_mixed(string text)
    {
        var command = Assert.IsType<UnknownCommand>(TestParser.Parse(text, []));

        Assert.True(command.MixesLanguages);
        Assert.Equal(text, command.Text);
    }

    [Theory]
    [InlineData("start meeting \"Ретро\" with kevin", "Start(\"Ретро\"; [kevin])")]
    [InlineData("start meeting «Встреча с клиентом» with kevin", "Start(\"Встреча с клиентом\"; [kevin])")]
    [InlineData("start meeting with Иван and Ольга", "Start(null; [Иван, Ольга])")]
    [InlineData("start meeting about R and D with kevin", "Start(\"R and D\"; [kevin])")]
    [InlineData("invite dean and helen", "Invite([dean, helen])")]
    [InlineData("start meeting with <at>Ден Орлов</at> and kevin", "Start(null; [@29:ден-орлов=Ден Орлов, kevin])")]
    [InlineData("начать встречу «Ретро» с kevin", "Start(\"Ретро\"; [kevin])")]
    [InlineData("начни встречу «Design review with clients» с kevin и dean", "Start(\"Design review with clients\"; [kevin, dean])")]
    [InlineData("начни встречу про релиз v2 с kevin", "Start(\"релиз v2\"; [kevin])")]
    [InlineData("начни встречу «Планёрка» с Деном и Еленой", "Start(\"Планёрка\"; [Деном, Еленой])")]
    [InlineData("пригласи dean и helen", "Invite([dean, helen])")]
    public void Pure_forms_and_quoted_topics_in_either_language_still_work(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("make me a coffee")]
    [InlineData("свари кофе")]
    [InlineData("kevin и dean")]
    [InlineData("start meeting please now later")]
    public void A_message_in_one_language_that_is_not_understood_is_not_called_mixed(string text)
    {
        var command = Assert.IsType<UnknownCommand>(TestParser.Parse(text, []));

        Assert.False(command.MixesLanguages);
    }

    [Fact]
    public void The_invite_box_never_makes_one_name_of_two_joined_by_another_languages_and()
    {
        var parser = new CommandParser(TestParser.TrueConf.DisplayName);

        Assert.Equal(["dean", "helen"], parser.ParseInvitees("dean и helen")!.People.Select(person => person.DisplayName));
        using (TextLanguage.Use(new Language("ru")))
        {
            Assert.Equal(["Kevin Smith", "Helen Carter"], parser.ParseInvitees("Kevin Smith and Helen Carter")!.People.Select(person => person.DisplayName));
        }
    }
}
