using System.Net;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.TrueConfSimulator;

/// <summary>A server without a webinar licence refuses guests, public access and role-based layouts.</summary>
public sealed class LicenceTests
{
    [Theory]
    [InlineData("v3.8", """{"topic":"T","owner":"helen","allow_guests":true}""", "allow_guests")]
    [InlineData("v3.8", """{"topic":"T","owner":"helen","type":3,"vad_selector":1}""", "type")]
    [InlineData("v3.8", """{"topic":"T","owner":"helen","access":"public"}""", "access")]
    [InlineData("v4", """{"topic":"T","owner":"helen","mode":"S|L"}""", "mode")]
    [InlineData("v4", """{"topic":"T","owner":"helen","mode":"S|L Auto"}""", "mode")]
    [InlineData("v4", """{"topic":"T","owner":"helen","mode":"PxP","access":"public","allow_guests":true}""", "allow_guests")]
    public async Task Without_the_licence_webinar_features_are_licenseRestriction(string version, string body, string location)
    {
        await using var server = await TrueConfSimulatorServer.StartAsync(options => options.WebinarLicence = false);
        using var http = new SimulatorHttp(server);

        var answer = await http.CallAsync(HttpMethod.Post, "/conferences", body, version);

        answer.AssertApiError(HttpStatusCode.BadRequest, "licenseRestriction", location);
        Assert.Equal("Your license does not allow webinars or guests.", answer.FirstError.GetProperty("message").GetString());
        Assert.Empty(server.State.Conferences);
    }

    [Fact]
    public async Task Without_the_licence_an_update_cannot_open_a_conference_to_guests_but_an_ordinary_one_is_created()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync(options => options.WebinarLicence = false);
        using var http = new SimulatorHttp(server);
        var id = await http.CreateConferenceAsync("""{"topic":"T","owner":"helen","type":1,"allow_guests":false,"access":"private"}""");

        var update = await http.CallAsync(HttpMethod.Put, $"/conferences/{id}", """{"allow_guests":true}""");

        update.AssertApiError(HttpStatusCode.BadRequest, "licenseRestriction", "allow_guests");
        Assert.False(server.State.FindConference(id)!.AllowGuests);
    }

    [Fact]
    public async Task With_the_licence_guests_and_role_based_layouts_are_allowed()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync();
        using var http = new SimulatorHttp(server);

        var answer = await http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"T","owner":"helen","type":3,"vad_selector":0,"allow_guests":true}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }
}
