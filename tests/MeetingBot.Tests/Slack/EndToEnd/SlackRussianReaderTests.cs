using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>A Slack user whose <c>users.info</c> locale is Russian is answered in Russian, until they choose English.</summary>
public sealed class SlackRussianReaderTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_russian_locale_gets_russian_help_until_language_en()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.AddUser(SlackHarness.Alex, "alex", "alexw@contoso.example", realName: "Alex Wilber", locale: "ru-RU");

        await bot.CommandAsync("помощь", "help-ru");
        var russian = await bot.Slack.WaitForResponsePostAsync("help-ru", timeout: Wait);
        Assert.Contains("Я начинаю видеовстречи TrueConf прямо из этого чата.", SlackMessageQuery.AllText(russian.Json));

        await bot.CommandAsync("language en", "choice");
        await bot.Slack.WaitForCallAsync("chat.postMessage", post => SlackMessageQuery.AllText(post.Json).Contains("Done: I'll write to you in English"), Wait);

        await bot.CommandAsync("help", "help-en");
        var english = await bot.Slack.WaitForResponsePostAsync("help-en", timeout: Wait);
        Assert.Contains("I start TrueConf video meetings right from this chat.", SlackMessageQuery.AllText(english.Json));
    }
}
