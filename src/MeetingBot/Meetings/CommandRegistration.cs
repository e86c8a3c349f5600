using System.Diagnostics.CodeAnalysis;
using MeetingBot.Commands;

namespace MeetingBot.Meetings;

/// <summary>A handler as the dispatcher finds it: by the command type it handles.</summary>
public interface ICommandRoute
{
    Type CommandType { get; }

    Task HandleAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken);
}

/// <remarks>
/// The handler is made on first use: a command the backend cannot do (linking accounts without a directory) is never
/// routed, and its handler's dependencies need not exist.
/// </remarks>
internal sealed class CommandRoute<TCommand>(Func<ICommandHandler<TCommand>> handler) : ICommandRoute
    where TCommand : BotCommand
{
    private readonly Lazy<ICommandHandler<TCommand>> _handler = new(handler);

    public Type CommandType => typeof(TCommand);

    public Task HandleAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken) =>
        _handler.Value.HandleAsync((TCommand)command, chat, cancellationToken);
}

public static class CommandRegistration
{
    /// <summary>Registers the handler of a catalog command (a generic call, so no reflection is needed to find it).</summary>
    public static IServiceCollection AddCommandHandler<TCommand, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where TCommand : BotCommand
        where THandler : class, ICommandHandler<TCommand>
    {
        // Made by a factory, which the container does not check when it is built: a handler needing what this backend
        // lacks (a user directory, a sign-in) must not stop the bot from starting, since it is never routed there.
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<THandler>(provider));
        services.AddSingleton<ICommandRoute>(provider => new CommandRoute<TCommand>(() => provider.GetRequiredService<THandler>()));
        return services;
    }
}
