using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Meetings;

public class PlacePolicyTests
{
    [Fact]
    public void Without_lists_every_place_is_allowed()
    {
        Assert.True(Policy(new MeetingBotOptions()).Allows(new ChatPlace(null, null, null)));
    }

    [Theory]
    [InlineData("t1", "team1", "19:c1", true)]
    [InlineData("T1", null, null, true)]
    [InlineData("t2", "team1", "19:c1", false)]
    [InlineData(null, null, null, false)]
    public void A_tenant_list_lets_in_only_its_tenants(string? tenant, string? team, string? channel, bool allowed) =>
        Assert.Equal(allowed, Policy(new MeetingBotOptions { AllowedTenants = ["t1"] }).Allows(new ChatPlace(tenant, team, channel)));

    [Fact]
    public void Every_list_that_is_set_must_match()
    {
        var policy = Policy(new MeetingBotOptions { AllowedTenants = ["t1"], AllowedTeams = ["team1"], AllowedChannels = ["19:c1"] });

        Assert.True(policy.Allows(new ChatPlace("t1", "team1", "19:c1")));
        Assert.False(policy.Allows(new ChatPlace("t1", "team1", "19:other")));
        Assert.False(policy.Allows(new ChatPlace("t1", null, "19:c1")));
    }

    private static PlacePolicy Policy(MeetingBotOptions options) =>
        new(new OptionsMonitorStub(options));

    private sealed class OptionsMonitorStub(MeetingBotOptions value) : IOptionsMonitor<MeetingBotOptions>
    {
        public MeetingBotOptions CurrentValue => value;

        public MeetingBotOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MeetingBotOptions, string?> listener) => null;
    }
}
