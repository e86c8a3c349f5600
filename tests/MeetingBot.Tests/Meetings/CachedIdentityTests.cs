using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Meetings;

/// <summary>On the embedded store (one instance), a link replaces the identity the resolver cached before its very next use.</summary>
public sealed class CachedIdentityTests : IAsyncDisposable
{
    private readonly PeopleMapping.CountingDirectory _directory = new();
    private readonly ServiceProvider _instance;

    public CachedIdentityTests() =>
        _instance = PeopleMapping.Build(new() { ["Storage:SqlitePath"] = StorageServices.NewPath() }, _directory);

    public ValueTask DisposeAsync() => _instance.DisposeAsync();

    [Fact]
    public async Task A_link_replaces_the_cached_identity_for_the_next_command()
    {
        var resolver = _instance.GetRequiredService<ParticipantResolver>();
        var chat = PeopleMapping.AlexChat();
        Assert.Equal("alex.by-email", await resolver.ResolvedSenderIdAsync(chat));
        Assert.Equal("alex.by-email", await resolver.ResolvedSenderIdAsync(chat));
        Assert.Equal(1, _directory.EmailLookups); // the second answer came from the cache

        await _instance.GetRequiredService<IUserLinkStore>().SetAsync("msteams", "29:alex", new UserLink("alex.signed-in", LinkProvenance.SignedIn), CancellationToken.None);

        Assert.Equal("alex.signed-in", await resolver.ResolvedSenderIdAsync(chat));
    }
}
