using MeetingBot.Commands;

namespace MeetingBot.Meetings;

/// <summary>
/// Who a chat person is for the video backend: the sender, an @mention or a typed name. A backend with a user
/// directory maps them to its accounts (<see cref="ParticipantResolver"/>); one without takes chat users as they are
/// (<see cref="ChatMemberResolver"/>).
/// </summary>
public interface IPersonResolver
{
    Task<PersonResolution> ResolveSenderAsync(IChatConversation chat, CancellationToken cancellationToken);

    Task<PersonResolution> ResolveAsync(PersonReference person, IChatConversation chat, CancellationToken cancellationToken);
}
