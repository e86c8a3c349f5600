using System.Net;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class RoutingTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    [Theory]
    [InlineData("api/v3.8/nothing-here")]
    [InlineData("api/v2/users")]
    [InlineData("api/v5/conferences")]
    [InlineData("somewhere/else")]
    public async Task Unknown_path_is_404_notFound(string path)
    {
        using var response = await Http.Client.GetAsync(path);
        var answer = await ApiAnswer.ReadAsync(response);

        answer.AssertApiError(HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task Unknown_path_is_logged_as_notFound()
    {
        using var response = await Http.Client.GetAsync("api/v3.8/nothing-here?access_token=secret");

        var entry = Assert.Single(State.RequestLog);
        Assert.Equal(SimulatorOperations.NotFound, entry.Operation);
        Assert.Equal("/api/v3.8/nothing-here", entry.Path);
    }

    [Fact]
    public async Task Wrong_method_on_a_known_path_is_405_with_allow()
    {
        using var response = await Http.Client.DeleteAsync("api/v3.8/conferences");
        var answer = await ApiAnswer.ReadAsync(response);

        answer.AssertApiError(HttpStatusCode.MethodNotAllowed, "methodNotAllowed");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_on_run_is_405_allowing_post()
    {
        using var response = await Http.Client.GetAsync("api/v3.8/conferences/1234567890/run");
        var answer = await ApiAnswer.ReadAsync(response);

        answer.AssertApiError(HttpStatusCode.MethodNotAllowed, "methodNotAllowed");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }
}
