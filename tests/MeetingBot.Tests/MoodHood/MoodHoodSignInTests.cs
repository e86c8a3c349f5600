using MeetingBot.Conferencing;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHood;

/// <summary>How the bot signs in to MoodHood: personal token as is, or one shared, cached password-flow sign-in renewed once on 401.</summary>
public sealed class MoodHoodSignInTests
{
    [Fact]
    public async Task A_personal_token_is_used_as_is_without_any_token_call()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();

        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        await host.Conferences.GetConferenceAsync(conference.Id, CancellationToken.None);

        Assert.Equal(0, host.Count(MoodHoodOperations.Token));
        Assert.Single(host.State.Rooms);
    }

    [Fact]
    public async Task The_password_flow_signs_in_once_for_many_calls()
    {
        await using var host = await MoodHoodClientHost.WithPasswordAsync();

        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await host.Conferences.GetConferenceAsync(conference.Id, CancellationToken.None);
            await host.Links.IssueAsync(new PersonalLinkRequest(conference.Id, $"29:person-{i}", $"Person {i}", false, "ref"), CancellationToken.None);
        }

        // One client_credentials grant, then one password grant carrying the client token.
        Assert.Equal(2, host.Count(MoodHoodOperations.Token));
        Assert.Equal(5, host.State.Links.Count);
    }

    [Fact]
    public async Task Concurrent_first_callers_share_one_sign_in()
    {
        await using var host = await MoodHoodClientHost.WithPasswordAsync();
        host.State.Faults.ResponseDelay = TimeSpan.FromMilliseconds(100);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting($"Meeting {i}"), CancellationToken.None)));

        Assert.Equal(2, host.Count(MoodHoodOperations.Token));
        Assert.Equal(12, host.State.Rooms.Count);
    }

    [Fact]
    public async Task An_expired_token_is_renewed_once_and_the_call_repeated()
    {
        await using var host = await MoodHoodClientHost.WithPasswordAsync();
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        host.State.ExpireAccessTokens();

        var link = await host.Links.IssueAsync(new PersonalLinkRequest(conference.Id, "29:kevin", "Kevin", false, "ref"), CancellationToken.None);

        Assert.Equal(4, host.Count(MoodHoodOperations.Token));
        Assert.Equal(2, host.Count(MoodHoodOperations.GenerateAccess));
        Assert.Single(host.State.Links, issued => issued.Url == link.Url);
    }

    [Fact]
    public async Task A_second_401_after_renewal_is_credentials_rejected_without_a_third_try()
    {
        await using var host = await MoodHoodClientHost.WithPasswordAsync();
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        host.State.Faults.FailNext(2, 401, """{"code":"UNAUTHORIZED","message":"The access token is invalid"}""", operation: MoodHoodOperations.RoomGet);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.GetConferenceAsync(conference.Id, CancellationToken.None));

        Assert.Equal(ConferencingFailure.CredentialsRejected, error.Failure);
        Assert.Equal(2, host.Count(MoodHoodOperations.RoomGet));
        Assert.Equal(4, host.Count(MoodHoodOperations.Token));
    }

    [Fact]
    public async Task A_refused_personal_token_is_credentials_rejected_at_once()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync(new() { ["MoodHood:PersonalToken"] = "revoked-personal-token" });

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.CredentialsRejected, error.Failure);
        Assert.Equal(1, host.Count(MoodHoodOperations.RoomCreate));
        Assert.DoesNotContain("revoked-personal-token", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(host.State.Rooms);
    }

    [Fact]
    public async Task Wrong_account_credentials_are_credentials_rejected_without_echoing_them()
    {
        await using var host = await MoodHoodClientHost.WithPasswordAsync(new() { ["MoodHood:Password"] = "not-the-password-at-all" });

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.CredentialsRejected, error.Failure);
        Assert.Contains("invalid_grant", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-at-all", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Count(MoodHoodOperations.RoomCreate));
    }
}
