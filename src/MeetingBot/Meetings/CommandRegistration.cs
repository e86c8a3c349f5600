using System.Diagnostics.CodeAnalysis;
using MeetingBot.Commands;

namespace MeetingBot.Meetings;

/// <summary>A handler as the dispatcher finds it: by the command type it handles.</summary>
public interface ICommandRoute
{
    Type CommandType { get; }

    Task HandleAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken);
}

internal sealed class CommandRoute<TCommand>(ICommandHandler<TCommand> handler) : ICommandRoute
    where TCommand : BotCommand
{
    public Type CommandType => typeof(TCommand);

    public Task HandleAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken) =>
        handler.HandleAsync((TCommand)command, chat, cancellationToken);
}

public static class CommandRegistration
{
    /// <summary>Registers the handler of a catalog command (a generic call, so no reflection is needed to find it).</summary>
    public static IServiceCollection AddCommandHandler<TCommand, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where TCommand : BotCommand
        where THandler : class, ICommandHandler<TCommand>
    {
        services.AddSingleton<THandler>();
        services.AddSingleton<ICommandRoute>(provider => new CommandRoute<TCommand>(provider.GetRequiredService<THandler>()));
        return services;
    }
}
