using MeetingBot.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Commands;

/// <summary>Russian commands, read by the same parser as English ones (see <c>Commands/GRAMMAR.md</c>).</summary>
public class RussianCommandParsingTests
{
    [Theory]
    // The forms of issue 17.
    [InlineData("начать встречу с kevin", "Start(null; [kevin])")]
    [InlineData("начни встречу «Планёрка» с Деном и Еленой", "Start(\"Планёрка\"; [Деном, Еленой])")]
    [InlineData("пригласи dean", "Invite([dean])")]
    [InlineData("кто в конференции", "Participants")]
    [InlineData("останови встречу", "Stop")]
    [InlineData("мои встречи", "List")]
    [InlineData("помощь", "Help")]
    // Start: verbs, nouns, modifiers.
    [InlineData("начать встречу", "Start(null; [])")]
    [InlineData("создай встречу", "Start(null; [])")]
    [InlineData("запусти конференцию", "Start(null; [])")]
    [InlineData("открой звонок", "Start(null; [])")]
    [InlineData("создай созвон", "Start(null; [])")]
    [InlineData("организуй видеозвонок", "Start(null; [])")]
    [InlineData("начните новую встречу", "Start(null; [])")]
    [InlineData("создай быструю видеовстречу сейчас", "Start(null; [])")]
    [InlineData("запусти встречу в trueconf", "Unknown(запусти встречу в trueconf)")]
    [InlineData("запусти trueconf встречу", "Start(null; [])")]
    [InlineData("давай созвонимся", "Start(null; [])")]
    [InlineData("созвонимся прямо сейчас", "Start(null; [])")]
    // Start: people and topics.
    [InlineData("начни встречу с kevin, dean и helen", "Start(null; [kevin, dean, helen])")]
    [InlineData("начни встречу со мной и kevin", "Start(null; [kevin])")]
    [InlineData("создай встречу и пригласи dean", "Start(null; [dean])")]
    [InlineData("начни встречу вместе с Деном Орловым", "Start(null; [Деном Орловым])")]
    [InlineData("начни встречу \"Планёрка\" с kevin", "Start(\"Планёрка\"; [kevin])")]
    [InlineData("начни встречу „Планёрка“ с kevin", "Start(\"Планёрка\"; [kevin])")]
    [InlineData("начни встречу на тему бюджет на год с kevin", "Start(\"бюджет на год\"; [kevin])")]
    [InlineData("начни встречу с kevin на тему «Ретро»", "Start(\"Ретро\"; [kevin])")]
    [InlineData("начни встречу под названием Ретро", "Start(\"Ретро\"; [])")]
    // Start: modes.
    [InlineData("начни умную встречу с kevin", "Start(null; [kevin]; SmartMeeting)")]
    [InlineData("начни модерируемую встречу", "Start(null; []; Moderated)")]
    [InlineData("запусти вебинар", "Start(null; []; Moderated)")]
    [InlineData("начни публичную встречу", "Start(null; []; guests)")]
    [InlineData("начни встречу с гостями", "Start(null; []; guests)")]
    [InlineData("начни встречу с Деном и гостями", "Start(null; [Деном]; guests)")]
    // Invite.
    [InlineData("пригласи dean и helen", "Invite([dean, helen])")]
    [InlineData("позови Дена и Елену", "Invite([Дена, Елену])")]
    [InlineData("добавь kevin во встречу 4219111751", "Invite([kevin]@4219111751)")]
    [InlineData("пригласи dean на встречу", "Invite([dean])")]
    [InlineData("пригласи всех", "Invite(everyone)")]
    [InlineData("позови всех из чата", "Invite(everyone)")]
    // Participants.
    [InlineData("кто на встрече", "Participants")]
    [InlineData("кто сейчас на встрече", "Participants")]
    [InlineData("кто подключился", "Participants")]
    [InlineData("кто подключился к встрече", "Participants")]
    [InlineData("покажи участников", "Participants")]
    [InlineData("участники встречи", "Participants")]
    [InlineData("список участников конференции", "Participants")]
    [InlineData("кто в конференции 4219111751", "Participants@4219111751")]
    // Stop.
    [InlineData("завершить встречу", "Stop")]
    [InlineData("закончи конференцию", "Stop")]
    [InlineData("заверши звонок", "Stop")]
    [InlineData("останови встречу 4219111751", "Stop@4219111751")]
    [InlineData("заверши эту встречу", "Stop")]
    [InlineData("положи трубку", "Stop")]
    // List.
    [InlineData("список встреч", "List")]
    [InlineData("покажи мои встречи", "List")]
    [InlineData("покажи список моих встреч", "List")]
    [InlineData("какие у меня встречи", "List")]
    [InlineData("мои конференции", "List")]
    // Help.
    [InlineData("справка", "Help")]
    [InlineData("что ты умеешь", "Help")]
    [InlineData("какие есть команды", "Help")]
    [InlineData("как начать встречу", "Help")]
    [InlineData("помоги мне", "Help")]
    // Accounts.
    [InlineData("войти", "SignIn")]
    [InlineData("войти в trueconf", "SignIn")]
    [InlineData("привяжи мой аккаунт trueconf", "SignIn")]
    [InlineData("мой логин trueconf — helen", "Link(helen)")]
    [InlineData("мой id в trueconf helen", "Link(helen)")]
    [InlineData("мой логин в trueconf это елена", "Link(елена)")]
    [InlineData("я helen в trueconf", "Link(helen)")]
    // Language.
    [InlineData("язык русский", "Language(русский)")]
    [InlineData("язык english", "Language(english)")]
    [InlineData("смени язык на английский", "Language(английский)")]
    [InlineData("какие языки", "Language(?)")]
    [InlineData("language ru", "Language(ru)")]
    [InlineData("language", "Language(?)")]
    [InlineData("switch language to russian", "Language(russian)")]
    public void Russian_forms_are_understood(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("НАЧНИ ВСТРЕЧУ", "Start(null; [])")]
    [InlineData("Начни встречу.", "Start(null; [])")]
    [InlineData("начни встречу!!!", "Start(null; [])")]
    [InlineData("пожалуйста, начни встречу", "Start(null; [])")]
    [InlineData("начни встречу, пожалуйста", "Start(null; [])")]
    [InlineData("будь добр, начни встречу с kevin", "Start(null; [kevin])")]
    [InlineData("можешь начать встречу?", "Start(null; [])")]
    [InlineData("можно список встреч?", "List")]
    [InlineData("давай начнём встречу", "Start(null; [])")]
    [InlineData("давай начнем встречу", "Start(null; [])")]
    [InlineData("привет, бот, начни встречу, спасибо", "Start(null; [])")]
    [InlineData("не могли бы вы завершить встречу", "Stop")]
    [InlineData("Кто На Встрече?", "Participants")]
    [InlineData("начни встречу «Планерка» с Деном", "Start(\"Планерка\"; [Деном])")]
    // Cyrillic mentions keep their names as Teams sends them.
    [InlineData("начни встречу «Планёрка» с <at>Ден Орлов</at> и <at>Елена Смирнова</at>", "Start(\"Планёрка\"; [@29:ден-орлов=Ден Орлов, @29:елена-смирнова=Елена Смирнова])")]
    [InlineData("пригласи <at>Ден Орлов</at>", "Invite([@29:ден-орлов=Ден Орлов])")]
    [InlineData("останови встречу ё", "Unknown(останови встречу ё)")]
    [InlineData("ещё пригласи dean", "Invite([dean])")]
    [InlineData("еще пригласи dean", "Invite([dean])")]
    // Like "start meeting with": a start naming nobody is a plain start.
    [InlineData("начни встречу с", "Start(null; [])")]
    [InlineData("начни встречу с и", "Start(null; [])")]
    public void Russian_is_read_with_the_same_tolerance_as_English(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("start meeting с kevin")]
    [InlineData("начни meeting")]
    [InlineData("начни встречу with kevin")]
    [InlineData("пригласи")]
    [InlineData("пригласи и")]
    [InlineData("пригласи со мной")]
    [InlineData("свари кофе")]
    [InlineData("встреча")]
    [InlineData("начни встречу «Ретро» «Планёрка»")]
    public void Mixed_unknown_and_empty_forms_are_not_guessed_at(string text) =>
        Assert.Equal($"Unknown({text})", ParsedCommand.Parse(text));

    /// <summary>A card's Invite box has no verb, so any words are names: the clicker's language reads it first.</summary>
    [Fact]
    public void The_invite_box_is_read_in_the_readers_language_first()
    {
        var parser = new CommandParser(TestParser.TrueConf.DisplayName);

        InviteCommand? russian;
        using (TextLanguage.Use(new Language("ru")))
        {
            russian = parser.ParseInvitees("Дена и Елену");
            Assert.True(parser.ParseInvitees("всех")?.EveryoneHere);
            Assert.True(parser.ParseInvitees("everyone here")?.EveryoneHere);
        }

        Assert.Equal(["Дена", "Елену"], russian!.People.Select(person => person.DisplayName));
        // English reads it too, but "и" is no English word: two people, in whichever language the reader writes.
        Assert.Equal(["Дена", "Елену"], parser.ParseInvitees("Дена и Елену")!.People.Select(person => person.DisplayName));
        Assert.Equal(["dean", "helen"], parser.ParseInvitees("dean and helen")!.People.Select(person => person.DisplayName));
    }
}
