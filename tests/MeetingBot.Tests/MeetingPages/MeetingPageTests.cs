using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Conferencing;
using MeetingBot.MeetingPages;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.MeetingPages;

/// <summary>
/// <c>GET /meet/{id}?t=…</c> through the real app: a valid token gets a page framing a personal link minted for the
/// user it names; anything else gets a clear page with the right status, never an error page.
/// </summary>
public sealed partial class MeetingPageTests : IAsyncLifetime
{
    private const string ConferenceId = "65a1b2c3d4e5f60718293a4b";
    private const string OwnerId = "29:alex-aad";
    private readonly RecordingLinkIssuer _issuer = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(
            new() { ["MeetingBot:PublicUrl"] = "http://localhost", ["MeetingBot:Admins:0"] = "29:admin" },
            services =>
            {
                services.AddSingleton<IPersonalLinkIssuer>(_issuer);
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
            });
        await AddMeetingAsync(ConferenceId, MeetingState.Running);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_valid_token_frames_a_link_minted_for_the_user_it_names()
    {
        var response = await GetAsync(await LinkAsync("29:kevin", "Kevin Smith"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_issuer.Requests);
        Assert.Equal(new PersonalLinkRequest(ConferenceId, "29:kevin", "Kevin Smith", AsModerator: false, "msteams|conv|1"), request);
        var frame = FramePattern().Match(html);
        Assert.True(frame.Success, html);
        Assert.StartsWith(RecordingLinkIssuer.WebOrigin + "/room/r-" + ConferenceId + "?participantName=Kevin%20Smith&amp;accessToken=one-time-", frame.Groups["src"].Value);
        Assert.Equal("camera; microphone; fullscreen; display-capture; autoplay", frame.Groups["allow"].Value);
        Assert.Contains("allowusermedia", frame.Value);
        Assert.Contains("<title>Weekly sync</title>", html);
    }

    [Fact]
    public async Task The_page_is_locked_down_by_its_headers_and_runs_only_its_own_nonced_script()
    {
        var response = await GetAsync(await LinkAsync("29:kevin", "Kevin Smith"));
        var html = await response.Content.ReadAsStringAsync();

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(policy, "script-src 'nonce-([^']+)'").Groups[1].Value;
        Assert.Equal(
            $"default-src 'none'; frame-src {RecordingLinkIssuer.WebOrigin}; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; base-uri 'none'; form-action 'none'; " +
            "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft",
            policy);
        Assert.True(Convert.FromBase64String(nonce).Length >= 16);
        Assert.Equal(2, Regex.Matches(html, $"nonce=\"{Regex.Escape(nonce)}\"").Count);
        Assert.Equal(Regex.Matches(html, "<script").Count, Regex.Matches(html, "<script nonce=").Count);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("'ld_finish_call'", html);

        var again = await GetAsync(await LinkAsync("29:kevin", "Kevin Smith"));
        Assert.NotEqual(policy, again.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData(OwnerId, true)]
    [InlineData("29:admin", true)]
    [InlineData("29:kevin", false)]
    public async Task The_owner_and_admins_join_as_moderators_everyone_else_as_participants(string userId, bool asModerator)
    {
        await GetAsync(await LinkAsync(userId, "Somebody"));

        Assert.Equal(asModerator, Assert.Single(_issuer.Requests).AsModerator);
    }

    [Fact]
    public async Task An_expired_token_gets_a_page_saying_so_with_403_and_mints_nothing()
    {
        var link = await LinkAsync("29:kevin", "Kevin Smith");
        _clock.Advance(TimeSpan.FromMinutes(10));

        var response = await GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This link has expired", await response.Content.ReadAsStringAsync());
        Assert.Contains("Ask MeetingBot for a new one", await response.Content.ReadAsStringAsync());
        Assert.Empty(_issuer.Requests);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("missing")]
    [InlineData("other meeting")]
    public async Task A_token_that_does_not_hold_gets_a_403_page_and_mints_nothing(string how)
    {
        var link = await LinkAsync("29:kevin", "Kevin Smith");
        var url = how switch
        {
            "tampered" => link[..^2] + (link[^2] == 'x' ? "y" : "x") + link[^1],
            "missing" => link[..link.IndexOf('?', StringComparison.Ordinal)],
            _ => link.Replace(ConferenceId, "65a1b2c3d4e5f60718293a4c", StringComparison.Ordinal),
        };

        var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This link does not work", await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(_issuer.Requests);
    }

    [Fact]
    public async Task A_meeting_the_bot_has_no_record_of_gets_a_404_page()
    {
        var response = await GetAsync(await LinkAsync("29:kevin", "Kevin Smith", "65a1b2c3d4e5f60718293fff"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Meeting not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_ended_meeting_gets_the_ended_page_without_minting_a_link()
    {
        await AddMeetingAsync("65a1b2c3d4e5f60718293a4d", MeetingState.Ended);

        var response = await GetAsync(await LinkAsync("29:kevin", "Kevin Smith", "65a1b2c3d4e5f60718293a4d"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The meeting has ended", await response.Content.ReadAsStringAsync());
        Assert.Empty(_issuer.Requests);
    }

    [Fact]
    public async Task A_room_the_backend_no_longer_has_gets_the_ended_page()
    {
        _issuer.Answer = (_, _) => throw new TestConferencingException(ConferencingFailure.NotFound);

        var response = await GetAsync(await LinkAsync("29:kevin", "Kevin Smith"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The meeting has ended", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(ConferencingFailure.Unreachable)]
    [InlineData(ConferencingFailure.TimedOut)]
    [InlineData(ConferencingFailure.CredentialsRejected)]
    public async Task A_backend_failure_gets_a_503_page(ConferencingFailure failure)
    {
        _issuer.Answer = (_, _) => throw new TestConferencingException(failure);

        var response = await GetAsync(await LinkAsync("29:kevin", "Kevin Smith"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("The video service is not answering", await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_backend_that_never_answers_gets_a_503_page_within_seconds()
    {
        _issuer.Answer = async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };
        var link = await LinkAsync("29:kevin", "Kevin Smith");
        var started = System.Diagnostics.Stopwatch.StartNew();

        var response = await GetAsync(link);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.InRange(started.Elapsed, TimeSpan.Zero, MeetingPageEndpoints.IssueBudget + TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Neither_the_token_nor_the_minted_link_reaches_the_log()
    {
        var link = await LinkAsync("29:kevin", "Kevin Smith");
        var response = await GetAsync(link);
        var src = FramePattern().Match(await response.Content.ReadAsStringAsync()).Groups["src"].Value;

        var token = link[(link.IndexOf("?t=", StringComparison.Ordinal) + 3)..];
        var accessToken = src[(src.IndexOf("accessToken=", StringComparison.Ordinal) + 12)..];
        Assert.Contains("served with a fresh personal link", _bot.App.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token, _bot.App.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], _bot.App.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(accessToken, _bot.App.Logs.All, StringComparison.Ordinal);
    }

    private async Task AddMeetingAsync(string conferenceId, MeetingState state)
    {
        var store = _bot.App.Services.GetRequiredService<IMeetingStore>();
        var requestKey = conferenceId == ConferenceId ? "msteams|conv|1" : "msteams|conv|" + conferenceId;
        await store.TryAddAsync(
            new MeetingRecord(
                conferenceId, "TrueConf", "Weekly sync", OwnerId, ["29:kevin"], "https://rooms.example.test/room/r1", null,
                "msteams", "conv", OwnerId, requestKey, _clock.GetUtcNow(), ServiceAddress: _bot.Connector.ServiceUrl),
            CancellationToken.None);
        if (state == MeetingState.Ended)
        {
            await store.UpdateLiveStateAsync(requestKey, MeetingState.Ended, _clock.GetUtcNow(), 0, _clock.GetUtcNow(), CancellationToken.None);
        }
    }

    private async Task<string> LinkAsync(string userId, string name, string conferenceId = ConferenceId) =>
        (await _bot.App.Services.GetRequiredService<MeetingPageLinks>().ForAsync("msteams", userId, name, conferenceId, CancellationToken.None)).AbsoluteUri;

    private Task<HttpResponseMessage> GetAsync(string url) => _bot.App.CreateClient().GetAsync(new Uri(url).PathAndQuery);

    [GeneratedRegex("<iframe id=\"meeting\"[^>]* src=\"(?<src>[^\"]+)\" allow=\"(?<allow>[^\"]+)\"[^>]*>")]
    private static partial Regex FramePattern();
}
