using System.Net;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.MoodHoodSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Tests.PersonalLinks.PersonalLinkTeamsHarness;

namespace MeetingBot.Tests.MoodHood;

/// <summary>
/// <c>POST /moodhood/webhook</c> in the bot with <c>Conferencing:Provider=MoodHood</c> against the simulator: signed
/// over the exact bytes of <c>body</c> (whatever its spacing) it brings the card up to date at once, with no watcher
/// look; a tampered or unsigned delivery is refused with no effect; unknown rooms and repeats change nothing.
/// </summary>
public sealed class MoodHoodWebhookTests
{
    private const string Secret = "5e1f0c2d9a8b7c6d5e4f3a2b1c0d9e8f";

    // The clock never moves: whatever changes the card here, it is not the watcher.
    private readonly WatcherClock _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_signed_call_started_updates_the_card_at_once_and_a_repeat_changes_nothing()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await StartAsync(moodHood);
        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");
        await MoodHoodPresenceTests.EnterAsync(moodHood, KevinId);
        var delivery = Envelope(Body("call_started", meeting.ConferenceId, moodHood.Options.SpaceId));

        using var first = await PostAsync(bot, delivery);
        var update = await meeting.CardUpdateAsync(bot, "1 in the call");
        using var repeat = await PostAsync(bot, delivery);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf(update.Card));
        Assert.Single(meeting.CardUpdates(bot));
        Assert.Equal(0, Count(moodHood, MoodHoodOperations.RoomList)); // no watcher look happened
    }

    [Fact]
    public async Task The_signature_covers_the_body_exactly_as_sent_whatever_its_spacing_and_hex_case()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await StartAsync(moodHood);
        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");
        await MoodHoodPresenceTests.EnterAsync(moodHood, KevinId);
        var spaced = $$"""
            {
              "eventName" : "call_started",
              "roomId" : "{{meeting.ConferenceId}}",
              "spaceId" : "{{moodHood.Options.SpaceId}}",
              "recordId" : null
            }
            """;
        var delivery = "{ \"body\" :  " + spaced + " ,\n  \"signature\" : \"" + SignatureOf(spaced).ToUpperInvariant() + "\" }";

        using var response = await PostAsync(bot, delivery, "text/plain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "1 in the call")).Card));
    }

    [Fact]
    public async Task A_tampered_or_unsigned_delivery_is_refused_with_no_effect()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await StartAsync(moodHood);
        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");
        await MoodHoodPresenceTests.EnterAsync(moodHood, KevinId);
        var body = Body("call_started", meeting.ConferenceId, moodHood.Options.SpaceId);
        var signature = SignatureOf(body);

        // Signed, then changed: one space more inside the body is a different text.
        using var respaced = await PostAsync(bot, $$"""{"signature":"{{signature}}","body":{{body.Replace(",", ", ", StringComparison.Ordinal)}}}""");
        using var otherRoom = await PostAsync(bot, $$"""{"signature":"{{signature}}","body":{{body.Replace(meeting.ConferenceId, "0123456789abcdef01234567", StringComparison.Ordinal)}}}""");
        using var otherSecret = await PostAsync(bot, $$"""{"signature":"{{SignatureOf(body, "another-secret-of-enough-length")}}","body":{{body}}}""");
        using var unsigned = await PostAsync(bot, $$"""{"signature":"","body":{{body}}}""");
        using var notHex = await PostAsync(bot, $$"""{"signature":"{{new string('z', 64)}}","body":{{body}}}""");
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Unauthorized, respaced.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherRoom.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode); // no signature at all: not a delivery
        Assert.Equal(HttpStatusCode.Unauthorized, notHex.StatusCode);
        Assert.Empty(meeting.CardUpdates(bot));
        Assert.Equal(0, Count(moodHood, MoodHoodOperations.AnalyticsCalls));
        Assert.DoesNotContain(Secret, bot.App.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_rooms_other_spaces_and_other_events_are_taken_and_change_nothing()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await StartAsync(moodHood);
        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");
        await MoodHoodPresenceTests.EnterAsync(moodHood, KevinId);

        using var unknownRoom = await PostAsync(bot, Envelope(Body("call_started", "0123456789abcdef01234567", moodHood.Options.SpaceId)));
        using var otherSpace = await PostAsync(bot, Envelope(Body("call_started", meeting.ConferenceId, "aaaaaaaaaaaaaaaaaaaaaaaa")));
        using var recording = await PostAsync(bot, Envelope(Body("record_started", meeting.ConferenceId, moodHood.Options.SpaceId)));
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, unknownRoom.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherSpace.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recording.StatusCode);
        Assert.Empty(meeting.CardUpdates(bot));
        Assert.Equal(0, Count(moodHood, MoodHoodOperations.AnalyticsCalls));
    }

    [Fact]
    public async Task Malformed_is_400_oversized_413_and_without_a_secret_there_is_no_endpoint()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using (var bot = await StartAsync(moodHood))
        {
            using var notJson = await PostAsync(bot, "{\"signature\":\"ab\",\"body\":{");
            using var bodyNotObject = await PostAsync(bot, Envelope("\"call_started\""));
            using var noEvent = await PostAsync(bot, Envelope("{\"roomId\":\"x\"}"));
            using var huge = await PostAsync(bot, Envelope($$"""{"eventName":"call_started","pad":"{{new string('x', 20_000)}}"}"""));

            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, bodyNotObject.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, noEvent.StatusCode);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        }

        var settings = MoodHoodPresenceTests.Settings(moodHood);
        await using var withoutSecret = await BotHarness.StartAsync(settings);
        using var absent = await PostAsync(withoutSecret, Envelope(Body("call_started", "x", moodHood.Options.SpaceId)));
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    private Task<BotHarness> StartAsync(MoodHoodSimulatorServer moodHood)
    {
        var settings = MoodHoodPresenceTests.Settings(moodHood);
        settings["MoodHood:WebhookSecret"] = Secret;
        return BotHarness.StartAsync(settings, services: services => services.AddSingleton<TimeProvider>(_clock));
    }

    private static string Body(string eventName, string roomId, string spaceId) =>
        $$"""{"eventName":"{{eventName}}","roomId":"{{roomId}}","spaceId":"{{spaceId}}"}""";

    /// <summary>As MoodHood sends it (reference §5.11): the signature over the body's text, the body as that text.</summary>
    private static string Envelope(string body) => $$"""{"signature":"{{SignatureOf(body)}}","body":{{body}}}""";

    private static string SignatureOf(string body, string secret = Secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private static async Task<HttpResponseMessage> PostAsync(BotHarness bot, string delivery, string contentType = "application/json")
    {
        using var client = bot.App.CreateClient();
        return await client.PostAsync("/moodhood/webhook", new StringContent(delivery, Encoding.UTF8, contentType));
    }

    private static int Count(MoodHoodSimulatorServer moodHood, string operation) =>
        moodHood.State.RequestLog.Count(request => request.Operation == operation);
}
