using MeetingBot.Commands;
using MeetingBot.Meetings;

namespace MeetingBot.Tests.Commands;

public class RussianNameFormsTests
{
    [Theory]
    // Instrumental: с кем.
    [InlineData("Деном", "Ден")]
    [InlineData("Иваном", "Иван")]
    [InlineData("Еленой", "Елена")]
    [InlineData("Андреем", "Андрей")]
    [InlineData("Игорем", "Игорь")]
    [InlineData("Артёмом", "Артём")]
    [InlineData("Натальей", "Наталья")]
    [InlineData("Еленою", "Елена")]
    [InlineData("Натальею", "Наталья")]
    // Accusative and dative: пригласи кого, позвони кому.
    [InlineData("Дена", "Ден")]
    [InlineData("Елену", "Елена")]
    [InlineData("Наталью", "Наталья")]
    [InlineData("Игоря", "Игорь")]
    [InlineData("Андрея", "Андрей")]
    [InlineData("Дену", "Ден")]
    [InlineData("Елене", "Елена")]
    [InlineData("Марии", "Мария")]
    // Surnames.
    [InlineData("Деном Орловым", "Ден Орлов")]
    [InlineData("Еленой Смирновой", "Елена Смирнова")]
    [InlineData("Петром Чайковским", "Петр Чайковский")]
    // Case is kept.
    [InlineData("ДЕНОМ", "ДЕН")]
    [InlineData("еленой", "елена")]
    public void A_name_in_a_case_form_has_its_base_form_among_its_forms(string typed, string baseForm) =>
        Assert.Contains(baseForm, RussianNameForms.BaseForms(typed));

    [Theory]
    [InlineData("Деном", new[] { "Ден" })]
    [InlineData("Еленой", new[] { "Елена" })]
    [InlineData("Андреем", new[] { "Андрей", "Андре" })]
    [InlineData("Деном Орловым", new[] { "Ден Орлов", "Ден Орловым", "Деном Орлов" })]
    public void Forms_come_most_likely_first_without_the_typed_name(string typed, string[] expected) =>
        Assert.Equal(expected, RussianNameForms.BaseForms(typed));

    [Theory]
    [InlineData("kevin")]
    [InlineData("Dean Novak")]
    [InlineData("kevin.smith@contoso.com")]
    [InlineData("Деном Smith")]
    [InlineData("Ден")]
    [InlineData("Ли")]
    [InlineData("Ом")]
    [InlineData("4219")]
    [InlineData("")]
    public void Latin_names_and_names_without_an_ending_have_no_other_forms(string typed) =>
        Assert.Empty(RussianNameForms.BaseForms(typed));

    [Fact]
    public void A_long_name_gives_few_forms()
    {
        Assert.InRange(RussianNameForms.BaseForms("Анной Марией Еленой Натальей").Count, 1, 4);
    }

    [Fact]
    public void Only_russian_commands_give_typed_names_their_base_forms()
    {
        var russian = (StartMeetingCommand)TestParser.Parse("начни встречу с Деном и kevin", []);
        var english = (StartMeetingCommand)TestParser.Parse("start meeting with Деном and kevin", []);

        Assert.Equal([["Ден"], []], russian.Invitees.Cast<NamedPerson>().Select(person => person.BaseForms.ToArray()));
        Assert.Equal([[], []], english.Invitees.Cast<NamedPerson>().Select(person => person.BaseForms.ToArray()));
        Assert.Equal("Деном", russian.Invitees[0].DisplayName);
    }

    [Fact]
    public void A_chat_member_is_found_by_the_base_form_and_named_as_typed_when_missing()
    {
        ChatUser[] members = [new("29:den", "Ден Орлов"), new("29:elena", "Елена Смирнова")];

        var found = ChatMemberResolver.Match(new NamedPerson("Деном") { BaseForms = ["Ден"] }, members);
        var missing = ChatMemberResolver.Match(new NamedPerson("Петей") { BaseForms = ["Петя"] }, members);

        Assert.Equal("29:den", Assert.IsType<ResolvedPerson>(found).User.Id);
        Assert.Equal("Петей", Assert.IsType<UnknownMember>(missing).RequestedAs);
    }
}
