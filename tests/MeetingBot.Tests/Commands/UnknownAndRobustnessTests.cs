using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

public class UnknownAndRobustnessTests
{
    [Theory]
    [InlineData("hello", "hello")]
    [InlineData("hi", "hi")]
    [InlineData("what's the weather", "what's the weather")]
    [InlineData("what’s the weather?", "what's the weather?")]
    [InlineData("start", "start")]
    [InlineData("start now", "start now")]
    [InlineData("meeting", "meeting")]
    [InlineData("meeting with kevin", "meeting with kevin")]
    [InlineData("please", "please")]
    [InlineData("stop the music", "stop the music")]
    [InlineData("startmeeting", "startmeeting")]
    [InlineData("restart meeting", "restart meeting")]
    [InlineData("I started a meeting with kevin", "I started a meeting with kevin")]
    [InlineData("<p>hello&nbsp;&amp; goodbye</p>", "hello & goodbye")]
    [InlineData("  hello \n  world  ", "hello world")]
    [InlineData("hello 👋", "hello")]
    public void Anything_else_is_unknown_with_the_cleaned_text(string text, string cleaned) =>
        Assert.Equal($"Unknown({cleaned})", ParsedCommand.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0\n\t")]
    [InlineData("<p></p>")]
    [InlineData("&nbsp;")]
    [InlineData("👍")]
    [InlineData("\u200B")]
    public void Empty_messages_are_unknown_with_empty_text(string? text) =>
        Assert.Equal("Unknown()", ParsedCommand.Parse(text));

    [Fact]
    public void A_null_mention_list_is_treated_as_empty()
    {
        var command = TestParser.Parse("start meeting with kevin", null!);

        Assert.Equal("Start(null; [kevin])", ParsedCommand.Describe(command));
    }

    [Fact]
    public void Null_entities_and_null_markup_are_skipped()
    {
        var command = TestParser.Parse(
            "start meeting with <at>Dean</at>",
            [null!, new MessageMention("29:x", "X", null!), new MessageMention("29:dean", "Dean", "<at>Dean</at>")]);

        Assert.Equal("Start(null; [@29:dean=Dean])", ParsedCommand.Describe(command));
    }

    [Fact]
    public void Long_messages_are_parsed_beyond_the_stack_buffer()
    {
        var names = Enumerable.Range(1, 200).Select(i => $"user{i}").ToArray();
        var command = TestParser.Parse("start meeting with " + string.Join(", ", names), []);

        var start = Assert.IsType<StartMeetingCommand>(command);
        Assert.Null(start.Topic);
        Assert.Equal(names, start.Invitees.Select(person => Assert.IsType<NamedPerson>(person).Name));
    }

    [Fact]
    public void Garbage_never_throws()
    {
        const string alphabet = "ab \"“”«»„'‘’<>/&;#:=,.!?()[]{}+-_*@\u00A0\n\uE000\uE001\uFE0F\u200D🎉withstartmeeting";
        var mentions = new[]
        {
            new MessageMention("29:a", "A", "<at>A</at>"),
            new MessageMention("29:b", "B", "\""),
            new MessageMention("29:c", "C", ""),
        };
        var random = new Random(20240611);
        for (var round = 0; round < 5000; round++)
        {
            var length = random.Next(0, 40);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = (round % 3 == 0 ? "start meeting " : "") + new string(chars);
            var command = TestParser.Parse(text, mentions);

            Assert.NotNull(command);
        }
    }
}
