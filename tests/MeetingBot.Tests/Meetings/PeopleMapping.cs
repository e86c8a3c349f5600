using MeetingBot.Conferencing;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Moq;

namespace MeetingBot.Tests.Meetings;

/// <summary>
/// One instance of the bot's people mapping: the app's storage registrations and the real resolver over a directory
/// in which everyone exists and an e-mail finds its owner's "by-email" account.
/// </summary>
internal static class PeopleMapping
{
    public static ServiceProvider Build(Dictionary<string, string?> storageSettings, CountingDirectory directory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(storageSettings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .AddLogging()
            .AddMeetingBotStorage(configuration)
            .AddMemoryCache()
            .AddSingleton<IConferenceUserDirectory>(directory)
            .AddSingleton<ParticipantResolver>()
            .BuildServiceProvider();
    }

    /// <summary>A Teams chat whose sender, 29:alex, has the e-mail alex@contoso.example.</summary>
    public static IChatConversation AlexChat()
    {
        var chat = new Mock<IChatConversation>();
        chat.SetupGet(conversation => conversation.Channel).Returns("msteams");
        chat.SetupGet(conversation => conversation.Sender).Returns(new ChatUser("29:alex", "Alex"));
        chat.Setup(conversation => conversation.FindEmailAsync("29:alex", It.IsAny<CancellationToken>())).ReturnsAsync("alex@contoso.example");
        return chat.Object;
    }

    public static async Task<string?> ResolvedSenderIdAsync(this ParticipantResolver resolver, IChatConversation chat) =>
        (await resolver.ResolveSenderAsync(chat, CancellationToken.None) as ResolvedPerson)?.User.Id;

    internal sealed class CountingDirectory : IConferenceUserDirectory
    {
        private int _emailLookups;

        public int EmailLookups => Volatile.Read(ref _emailLookups);

        public Task<ConferenceUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
            Task.FromResult<ConferenceUser?>(new ConferenceUser(userId, userId, null, true));

        public Task<IReadOnlyList<ConferenceUser>> FindByEmailAsync(string email, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _emailLookups);
            var login = email[..email.IndexOf('@', StringComparison.Ordinal)] + ".by-email";
            return Task.FromResult<IReadOnlyList<ConferenceUser>>([new ConferenceUser(login, "Alex", email, true)]);
        }

        public Task<IReadOnlyList<ConferenceUser>> FindByDisplayNameAsync(string displayName, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ConferenceUser>>([]);
    }
}
