using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Teams;

namespace MeetingBot.Tests.Localization;

/// <summary>
/// A Teams sender's zone: the activity's <c>localTimezone</c>, else its <c>clientInfo</c> entity's <c>timezone</c>;
/// a name this machine does not know, or a field of another shape, is no zone — never an exception.
/// </summary>
public sealed class TeamsTimeZoneTests
{
    [Fact]
    public void The_activitys_local_timezone_comes_first()
    {
        var activity = Activity("Asia/Vladivostok", ClientInfo("\"America/New_York\""));

        Assert.Equal("Asia/Vladivostok", TeamsTimeZone.Of(activity));
    }

    [Fact]
    public void Without_it_the_client_info_entity_tells_the_zone()
    {
        var activity = Activity(null, new Entity { Type = "mention", Text = "<at>MeetingBot</at>" }, ClientInfo("\"America/New_York\""));

        Assert.Equal("America/New_York", TeamsTimeZone.Of(activity));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("Europe/Moscow\u0000")]
    [InlineData("   ")]
    [InlineData("+03:00")]
    public void An_unknown_or_malformed_local_timezone_gives_way_to_the_client_info_entity(string malformed)
    {
        Assert.Equal("Europe/Moscow", TeamsTimeZone.Of(Activity(malformed, ClientInfo("\"Europe/Moscow\""))));
        Assert.Null(TeamsTimeZone.Of(Activity(malformed, ClientInfo(JsonSerializer.Serialize(malformed)))));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("{\"id\":\"Europe/Moscow\"}")]
    [InlineData("null")]
    public void A_client_info_timezone_of_another_shape_is_no_zone(string json)
    {
        Assert.Null(TeamsTimeZone.Of(Activity(null, ClientInfo(json))));
    }

    [Fact]
    public void A_timezone_on_another_kind_of_entity_is_not_the_senders()
    {
        var entity = new Entity { Type = "mention", Timezone = JsonDocument.Parse("\"Asia/Vladivostok\"").RootElement };

        Assert.Null(TeamsTimeZone.Of(Activity(null, entity)));
    }

    [Fact]
    public void A_whole_activity_with_an_odd_client_info_is_still_read()
    {
        const string json = """
            { "type": "message", "text": "hi", "localTimezone": "Asia/Vladivostok",
              "entities": [ { "type": "clientInfo", "timezone": 42, "locale": "ru-RU" } ] }
            """;

        var activity = JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.Activity)!;

        Assert.Equal("Asia/Vladivostok", TeamsTimeZone.Of(activity));
    }

    private static Activity Activity(string? localTimezone, params Entity[] entities) =>
        new() { Type = ActivityTypes.Message, LocalTimezone = localTimezone, Entities = [.. entities] };

    private static Entity ClientInfo(string timezoneJson) =>
        new() { Type = "clientInfo", Timezone = JsonDocument.Parse(timezoneJson).RootElement };
}
