using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

public class CommandTokenizerTests
{
    /// <summary>Tokens shown as <c>Kind:text</c>; quoted tokens show their content.</summary>
    [Theory]
    [InlineData("start meeting", "Word:start Word:meeting")]
    [InlineData("kevin,dean;helen&bob", "Word:kevin Separator:, Word:dean Separator:; Word:helen Separator:& Word:bob")]
    [InlineData("kevin + dean", "Word:kevin Separator:+ Word:dean")]
    [InlineData("kevin+x@contoso.com", "Word:kevin+x@contoso.com")]
    [InlineData("KEVIN. dean! helen?", "Word:KEVIN Word:dean Word:helen")]
    [InlineData("(Q3) (draft", "Word:(Q3) Word:draft")]
    [InlineData("@kevin 'dean' `helen`", "Word:kevin Word:dean Word:helen")]
    [InlineData("id:helen id = helen", "Word:id Word:helen Word:id Word:helen")]
    [InlineData("what's kevin.smith k_smith", "Word:what's Word:kevin.smith Word:k_smith")]
    [InlineData("say \"Design  review\" now", "Word:say Quoted:Design  review Word:now")]
    [InlineData("“a” «b» „c“ \"d”", "Quoted:a Quoted:b Quoted:c Quoted:d")]
    [InlineData("\"unterminated topic", "Word:unterminated Word:topic")]
    [InlineData("\"\" \" \" - !! …", "")]
    [InlineData("with\uE000and\uE001", "Word:with Mention:\uE000 Word:and Mention:\uE001")]
    public void Tokenize_splits_words_quotes_mentions_and_separators(string text, string expected)
    {
        var tokens = new CommandToken[text.Length];
        var count = CommandTokenizer.Tokenize(text, tokens);

        var rendered = tokens.Take(count).Select(token =>
        {
            var chars = token.Kind == CommandTokenKind.Quoted
                ? text.Substring(token.Start + 1, token.Length - 2).Trim()
                : text.Substring(token.Start, token.Length);
            return $"{token.Kind}:{chars}";
        });
        Assert.Equal(expected, string.Join(" ", rendered));
    }
}
