namespace MeetingBot.Storage;

/// <summary>Links people set themselves (<c>my trueconf id is helen</c>): chat account → conferencing user id.</summary>
public interface IUserLinkStore
{
    Task<string?> FindAsync(string channel, string chatUserId, CancellationToken cancellationToken);

    Task SetAsync(string channel, string chatUserId, string conferenceUserId, CancellationToken cancellationToken);
}
