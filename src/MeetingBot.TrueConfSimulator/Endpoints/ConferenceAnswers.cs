using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Models;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary>Conference answers in the shape of the request's API version.</summary>
internal static class ConferenceAnswers
{
    public static IResult One(HttpContext context, TrueConfSimulatorState state, SimulatedConference conference)
    {
        var baseUrl = PublicLinks.BaseUrl(context, state.Options);
        var server = state.Options.ServerName;
        return ApiVersion.Require(context).IsV4
            ? Results.Json(
                new ConferenceEnvelope<ConferenceV4Wire>(WireMapper.ConferenceV4(conference, baseUrl, server)),
                SimulatorJsonContext.Default.ConferenceEnvelopeConferenceV4Wire)
            : Results.Json(
                new ConferenceEnvelope<ConferenceV3Wire>(WireMapper.ConferenceV3(conference, baseUrl, server)),
                SimulatorJsonContext.Default.ConferenceEnvelopeConferenceV3Wire);
    }

    public static IResult Page(
        HttpContext context, TrueConfSimulatorState state, int total, IEnumerable<SimulatedConference> page)
    {
        var baseUrl = PublicLinks.BaseUrl(context, state.Options);
        var server = state.Options.ServerName;
        return ApiVersion.Require(context).IsV4
            ? Results.Json(
                new ConferenceListWire<ConferenceV4Wire>(
                    total, page.Select(c => WireMapper.ConferenceV4(c, baseUrl, server)).ToArray()),
                SimulatorJsonContext.Default.ConferenceListWireConferenceV4Wire)
            : Results.Json(
                new ConferenceListWire<ConferenceV3Wire>(
                    total, page.Select(c => WireMapper.ConferenceV3(c, baseUrl, server)).ToArray()),
                SimulatorJsonContext.Default.ConferenceListWireConferenceV3Wire);
    }

    public static IResult State(SimulatedConference conference) =>
        Results.Json(new StateWire(WireMapper.StateName(conference.State)), SimulatorJsonContext.Default.StateWire);

    public static IResult Id(string id) => Results.Json(new IdWire(id), SimulatorJsonContext.Default.IdWire);
}
