using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

public class CommandVocabularyTests
{
    // Every word of both vocabularies once (the backend's name and a few others are in both).
    public static TheoryData<string> VocabularyWords =>
        new(CommandVocabulary.English("TrueConf").Words.Concat(CommandVocabulary.Russian("TrueConf").Words).Distinct(StringComparer.Ordinal));

    /// <summary>A vocabulary word the tokenizer would split or trim could never match.</summary>
    [Theory]
    [MemberData(nameof(VocabularyWords))]
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
        var commands = new Dictionary<string, CommandWordsDefinition>(EnglishVocabulary.Definition.Commands)
        {
            ["start"] = EnglishVocabulary.Definition.Commands["start"] with { Patterns = ["{verb} {colour}"] },
        };
        var definition = EnglishVocabulary.Definition with { Commands = commands };

        var error = Assert.Throws<ArgumentException>(() => new CommandVocabulary(definition, "TrueConf"));

        Assert.Contains("{colour}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_takes_its_words_from_the_vocabulary()
    {
        var definition = EnglishVocabulary.Definition with
        {
            Sets = new Dictionary<string, string[]>(EnglishVocabulary.Definition.Sets) { ["verb"] = ["summon"] },
        };
        var parser = new CommandParser(new CommandVocabulary(definition, "TrueConf"));

        Assert.Equal("Start(null; [kevin])", ParsedCommand.Describe(parser.Parse("summon a meeting with kevin", [])));
        Assert.Equal("Unknown(start a meeting)", ParsedCommand.Describe(parser.Parse("start a meeting", [])));
    }
}
