using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

public class CommandVocabularyTests
{
    public static TheoryData<string> EnglishWords => new(CommandVocabulary.English.Words);

    /// <summary>A vocabulary word the tokenizer would split or trim could never match.</summary>
    [Theory]
    [MemberData(nameof(EnglishWords))]
    public void Every_vocabulary_word_tokenizes_as_itself(string word)
    {
        var tokens = new CommandToken[word.Length];
        var count = CommandTokenizer.Tokenize(word, tokens);

        Assert.Equal(1, count);
        Assert.Equal(new CommandToken(CommandTokenKind.Word, 0, word.Length), tokens[0]);
    }

    [Fact]
    public void Patterns_refer_only_to_known_sets()
    {
        var definition = EnglishVocabulary.Definition with { StartPatterns = ["{verb} {colour}"] };

        var error = Assert.Throws<ArgumentException>(() => new CommandVocabulary(definition));

        Assert.Contains("{colour}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_takes_its_words_from_the_vocabulary()
    {
        var definition = EnglishVocabulary.Definition with
        {
            Sets = new Dictionary<string, string[]>(EnglishVocabulary.Definition.Sets) { ["verb"] = ["summon"] },
        };
        var vocabulary = new CommandVocabulary(definition);

        Assert.Equal("Start(null; [kevin])", ParsedCommand.Describe(CommandParser.Parse("summon a meeting with kevin", [], vocabulary)));
        Assert.Equal("Unknown(start a meeting)", ParsedCommand.Describe(CommandParser.Parse("start a meeting", [], vocabulary)));
    }
}
