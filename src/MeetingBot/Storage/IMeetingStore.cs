namespace MeetingBot.Storage;

public interface IMeetingStore
{
    /// <summary>Saves the record unless one with the same <see cref="MeetingRecord.RequestKey"/> exists; false then.</summary>
    Task<bool> TryAddAsync(MeetingRecord meeting, CancellationToken cancellationToken);

    Task<MeetingRecord?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken);

    /// <summary>The meeting most recently started in a conversation.</summary>
    Task<MeetingRecord?> FindLatestInConversationAsync(string channel, string conversationId, CancellationToken cancellationToken);
}
