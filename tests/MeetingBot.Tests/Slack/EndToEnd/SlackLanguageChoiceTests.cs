using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>
/// The answer to <c>language …</c> is about the sender's own setting: Slack shows it to that person only (over the
/// command's <c>response_url</c>, or <c>chat.postEphemeral</c> for a mention), never posted for the channel.
/// </summary>
public sealed class SlackLanguageChoiceTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public Task Choosing_a_language_by_slash_command_is_confirmed_to_the_sender_only() =>
        AssertSlashCommandAnsweredToSenderOnlyAsync("language ru", "Готово: теперь я пишу вам по-русски.");

    [Fact]
    public Task Asking_which_languages_there_are_is_answered_to_the_sender_only() =>
        AssertSlashCommandAnsweredToSenderOnlyAsync("language", "I write to you in English.");

    [Fact]
    public async Task Choosing_a_language_in_a_channel_mention_is_shown_to_the_sender_only()
    {
        await using var bot = await SlackHarness.StartAsync();

        await bot.EventAsync(SlackHarness.Envelope("Ev0LANG", SlackHarness.Mention($"<@{bot.Slack.BotUserId}> язык русский")));

        var confirmation = await bot.Slack.WaitForCallAsync("chat.postEphemeral", timeout: Wait);
        Assert.Equal(SlackHarness.Alex, confirmation.Arg("user"));
        Assert.Equal(SlackHarness.Channel, confirmation.Arg("channel"));
        Assert.Contains("Готово: теперь я пишу вам по-русски.", SlackMessageQuery.AllText(confirmation.Json));
        Assert.True(await bot.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1)));
    }

    /// <summary>The answer to the slash command goes to its <c>response_url</c> as ephemeral, and nothing is posted.</summary>
    private static async Task AssertSlashCommandAnsweredToSenderOnlyAsync(string command, string expectedText)
    {
        await using var bot = await SlackHarness.StartAsync();

        await bot.CommandAsync(command, "answer");

        var answer = await bot.Slack.WaitForResponsePostAsync("answer", post => post.Text != BotTexts.StillWorking, Wait);
        Assert.Equal("ephemeral", answer.Arg("response_type"));
        Assert.Contains(expectedText, SlackMessageQuery.AllText(answer.Json));
        Assert.True(await bot.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1)));
    }
}
