using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using MeetingBot.Teams;
using MeetingBot.Tests.Cards;
using MeetingBot.Tests.Slack.Blocks;

namespace MeetingBot.Tests.Localization;

/// <summary>Cards drawn in Russian: Russian words on every button and label, Cyrillic names exactly as given.</summary>
public sealed class RussianCardsTests
{
    private static readonly MeetingView Meeting = SampleMeetings.Running(
        "msteams|a:1|1", "Планёрка «Q4» — итоги", new PersonSummary("Елена Петрова", "elena"),
        new PersonSummary("Дэн Ёлкин", "dean"), new PersonSummary("Фёдор", "fedor"));

    private static readonly ConferenceParticipant[] People =
    [
        new("elena", "Елена Петрова", ParticipantState.InCall, DateTimeOffset.Parse("2026-11-24T09:01:00Z")),
        new("dean", "Дэн Ёлкин", ParticipantState.BeingCalled, null),
        new("fedor", "Фёдор", ParticipantState.Invited, null),
    ];

    [Fact]
    public void The_teams_card_speaks_russian_on_every_button_and_label()
    {
        var card = TeamsCard(Meeting with { ParticipantCount = 3 });

        var titles = Strings(card["actions"]!, "title").ToArray();
        Assert.Equal(["Подключиться", "Пригласить", "Кто на встрече", "Остановить", "Страница встречи"], titles);
        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("🟢 Идёт · 3 участника в конференции", facts["Состояние"]);
        Assert.Equal(["Владелец", "Приглашены", "Состояние", "ID конференции"], facts.Keys);
        Assert.Equal("Встреча TrueConf начата", (string?)card["body"]![0]!["text"]);
        Assert.Contains(Strings(card["body"]!, "text"), text => text.StartsWith("Начало: {{DATE(", StringComparison.Ordinal));
    }

    [Fact]
    public void Cyrillic_names_and_topics_round_trip_through_a_teams_card_unchanged()
    {
        var card = TeamsCard(Meeting);

        Assert.Equal("Планёрка «Q4» — итоги", (string?)card["body"]![1]!["text"]);
        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("Елена Петрова (elena)", facts["Владелец"]);
        Assert.Equal("Дэн Ёлкин (dean), Фёдор (fedor)", facts["Приглашены"]);
    }

    [Fact]
    public void Who_is_in_names_each_state_in_russian()
    {
        JsonNode card;
        using (TextLanguage.Use(new Language("ru")))
        {
            card = JsonNode.Parse(JsonSerializer.Serialize(TeamsReplyRenderer.CardFor(new ParticipantsReply(Meeting.Topic, Meeting.ConferenceId, People)), BotFrameworkJsonContext.Default.AdaptiveCard))!;
        }

        var text = card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("**Дэн Ёлкин** · идёт вызов", text);
        Assert.Contains("**Фёдор** · приглашение отправлено, ещё не в конференции", text);
        Assert.Contains("**Елена Петрова** · в конференции с ", text);
    }

    [Fact]
    public void The_slack_card_speaks_russian_and_keeps_cyrillic_names()
    {
        JsonArray blocks;
        using (TextLanguage.Use(new Language("ru")))
        {
            blocks = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(Meeting)));
        }

        Assert.Empty(BlockKitLimits.Errors(blocks));
        var texts = blocks.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Подключиться", texts);
        Assert.Contains("Остановить встречу", texts);
        Assert.Contains("Елена Петрова", texts);
        Assert.Contains("Дэн Ёлкин (dean)", texts);
        Assert.Contains("Планёрка «Q4» — итоги", texts);
        Assert.DoesNotContain("Join", texts);
        Assert.DoesNotContain("Owner", texts);
    }

    private static JsonNode TeamsCard(MeetingView meeting)
    {
        using var _ = TextLanguage.Use(new Language("ru"));
        return JsonNode.Parse(JsonSerializer.Serialize(MeetingCardFactory.Meeting(meeting), BotFrameworkJsonContext.Default.AdaptiveCard))!;
    }

    private static IEnumerable<string> Strings(JsonNode array, string property) =>
        array.AsArray().Select(item => (string?)item![property]).OfType<string>();
}
