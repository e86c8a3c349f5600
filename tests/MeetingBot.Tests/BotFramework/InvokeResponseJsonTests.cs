using System.Text.Json;
using MeetingBot.AdaptiveCards;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Tests.BotFramework;

/// <summary>The invoke response body of reference §6.4, written by the source-generated context alone (no reflection).</summary>
public sealed class InvokeResponseJsonTests
{
    [Fact]
    public void Each_kind_of_body_is_written_exactly()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Standup is running")] };

        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"Standup is running","wrap":true}]}}""",
            Write(InvokeResponse.Card(card)));
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Working on it"}""", Write(InvokeResponse.Message("Working on it")));
        Assert.Equal(
            """{"statusCode":500,"type":"application/vnd.microsoft.error","value":{"code":"VideoServerUnavailable","message":"Could not start the meeting, try again."}}""",
            Write(InvokeResponse.Error(500, "VideoServerUnavailable", "Could not start the meeting, try again.")));
    }

    [Fact]
    public void A_value_of_a_type_the_context_does_not_know_is_refused_rather_than_reflected()
    {
        Assert.Throws<NotSupportedException>(() => Write(new InvokeResponse(200, "x", new Uri("https://example.com"))));
    }

    private static string Write(InvokeResponse response) => JsonSerializer.Serialize(response, BotFrameworkJsonContext.Default.InvokeResponse);
}
