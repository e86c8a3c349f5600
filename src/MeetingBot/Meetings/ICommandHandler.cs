using MeetingBot.Commands;

namespace MeetingBot.Meetings;

/// <summary>Runs one kind of command to its reply; registered with <see cref="CommandRegistration.AddCommandHandler{TCommand, THandler}"/>.</summary>
public interface ICommandHandler<in TCommand>
    where TCommand : BotCommand
{
    Task HandleAsync(TCommand command, IChatConversation chat, CancellationToken cancellationToken);
}
