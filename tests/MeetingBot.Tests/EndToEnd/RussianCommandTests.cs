using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Tests.Infrastructure;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Russian commands through <c>/api/messages</c>: names typed in a case form (<c>с Деном и Еленой</c>) find the
/// TrueConf users by their base forms, and Cyrillic logins and display names reach the invitations and the card.
/// </summary>
public sealed class RussianCommandTests
{
    [Fact]
    public async Task Start_with_names_in_the_instrumental_invites_both_and_keeps_the_topic_as_typed()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        var message = bot.Message("начни встречу «Планёрка» с Деном и Еленой");
        message["locale"] = "ru-RU";

        await bot.SendAsync(message);
        var reply = await bot.Connector.NextMessageAsync();

        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.Equal("Планёрка", conference.Topic);
        Assert.Equal("alex", conference.OwnerId);
        Assert.Equal(["alex", "ден", "елена"], conference.Invitations.Select(i => i.UserId).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("Ден Орлов", Readable(reply));
        Assert.Contains("Елена Смирнова", Readable(reply));
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(reply.Card!.ToJsonString()));
    }

    [Fact]
    public async Task Invite_with_names_in_the_accusative_calls_them_into_the_running_meeting()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "начать встречу с kevin");

        var reply = await AskAsync(bot, "пригласи Дена и Елену");

        Assert.Equal(["ден", "елена"], CalledLater(bot, meeting));
        Assert.Contains("Ден Орлов", reply.Text);
        Assert.Contains("Елена Смирнова", reply.Text);
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => Readable(call).Contains("Ден Орлов (ден), Елена Смирнова (елена)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("start meeting «Ретро» с kevin", "I couldn't tell which language that command is in.")]
    [InlineData("начать встречу with kevin", "Не могу понять, на каком языке эта команда.")]
    public async Task A_command_mixing_languages_starts_nothing_and_asks_for_one_language_with_the_help(string text, string answer)
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        var message = bot.Message(text);
        message["locale"] = text.StartsWith("start", StringComparison.Ordinal) ? "en-US" : "ru-RU";

        await bot.SendAsync(message);
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Empty(bot.TrueConf.Conferences);
        Assert.Contains(answer, Readable(reply), StringComparison.Ordinal);
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(reply.Card!.ToJsonString()));
    }

    [Fact]
    public async Task A_name_nobody_has_in_any_form_is_named_back_as_typed()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");

        await bot.SendAsync(bot.Message("начни встречу с Петей"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Empty(bot.TrueConf.Conferences);
        Assert.Contains("Петей", Readable(reply));
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The reply's JSON with Cyrillic written as letters, not <c>\u</c> escapes.</summary>
    private static string Readable(RecordedCall reply) => reply.Body!.ToJsonString(Unescaped);
}
