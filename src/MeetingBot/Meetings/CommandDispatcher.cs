using System.Diagnostics;
using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Telemetry;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Runs one chat command to its reply: routes it to its handler, shows "typing" when it takes a while, bounds it
/// in time, and is the one place where failures become friendly words for the user and details for the log. Everything
/// the command writes is in its sender's language and time zone.
/// </summary>
public sealed partial class CommandDispatcher(
    IEnumerable<ICommandRoute> routes,
    IConferenceService backend,
    PlacePolicy places,
    ReaderLanguages readers,
    IOptionsMonitor<MeetingBotOptions> options,
    MeetingBotMetrics metrics,
    ILogger<CommandDispatcher> logger)
{
    private readonly Dictionary<Type, ICommandRoute> _routes = routes.ToDictionary(route => route.CommandType);

    private string BackendName => backend.Capabilities.DisplayName;

    public async Task HandleAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        using var language = TextLanguage.Use(await readers.OfSenderAsync(chat, cancellationToken).ConfigureAwait(false));
        using var zone = TextTimeZone.Use(TextTimeZone.Find(chat.SenderTimeZone));
        var settings = options.CurrentValue;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.CommandTimeout);
        using var typing = StartTypingTimer(chat, settings.TypingDelay, deadline.Token);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        using var span = MeetingBotTracing.Source.StartActivity("meetingbot.command");
        span?.SetTag("meetingbot.command", CommandName(command));
        span?.SetTag("meetingbot.channel", chat.Channel);
        span?.SetTag("meetingbot.request", chat.RequestKey);
        try
        {
            await RouteAsync(command, chat, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Cut off by the stop, whatever the interrupted call made of it: no answer now — the work runs again
            // (after a restart, or on another instance) and answers then.
            outcome = "stopped";
            throw;
        }
        catch (ChatDeliveryException error)
        {
            outcome = "undelivered";
            LogReplyFailed(error);
        }
        catch (ConferencingException error)
        {
            outcome = error.Failure.ToString();
            LogVideoServerFailure(error, CommandName(command), error.Failure);
            await TryReplyAsync(chat, new NoticeReply(NoticeKind.Problem, Explain(error)), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            outcome = "timeout";
            LogCommandTimedOut(CommandName(command), settings.CommandTimeout);
            await TryReplyAsync(chat, new NoticeReply(NoticeKind.Problem, BotTexts.VideoServerSlow(BackendName)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            outcome = "error";
            var reference = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N")[..12];
            LogUnexpectedFailure(error, CommandName(command), reference);
            await TryReplyAsync(chat, new NoticeReply(NoticeKind.Problem, BotTexts.Unexpected(reference)), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await typing.CancelAsync().ConfigureAwait(false);
            span?.SetTag("meetingbot.outcome", outcome);
            if (outcome != "ok")
            {
                span?.SetStatus(ActivityStatusCode.Error, outcome);
            }

            metrics.CommandHandled(chat.Channel, CommandName(command), outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private Task RouteAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (CommandCatalog.For(command) is not { } definition || !_routes.TryGetValue(command.GetType(), out var route))
        {
            var why = command is UnknownCommand { MixesLanguages: true } ? BotTexts.UnknownMixed : BotTexts.Unknown;
            return chat.ReplyAsync(HelpHandler.For(backend.Capabilities, why), cancellationToken);
        }

        if (command is not HelpCommand && !places.Allows(chat.Place))
        {
            return chat.ReplyAsync(new NoticeReply(NoticeKind.Info, BotTexts.PlaceNotAllowed), cancellationToken);
        }

        return definition.IsAvailableWith(backend.Capabilities)
            ? route.HandleAsync(command, chat, cancellationToken)
            : chat.ReplyAsync(new NoticeReply(NoticeKind.Info, BotTexts.NotSupported(BackendName)), cancellationToken);
    }

    private string Explain(ConferencingException error) => error.Failure switch
    {
        ConferencingFailure.Unreachable => BotTexts.VideoServerUnreachable(BackendName),
        ConferencingFailure.TimedOut => BotTexts.VideoServerSlow(BackendName),
        ConferencingFailure.Busy => BotTexts.VideoServerBusy(BackendName),
        ConferencingFailure.CredentialsRejected => BotTexts.VideoServerCredentials(BackendName),
        ConferencingFailure.PermissionDenied => BotTexts.VideoServerPermission(BackendName),
        _ => BotTexts.VideoServerRejected(BackendName, error.ServerReason),
    };

    private async Task TryReplyAsync(IChatConversation chat, BotReply reply, CancellationToken cancellationToken)
    {
        try
        {
            await chat.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogReplyFailed(error);
        }
    }

    private CancellationTokenSource StartTypingTimer(IChatConversation chat, TimeSpan delay, CancellationToken cancellationToken)
    {
        var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (delay > TimeSpan.Zero)
        {
            _ = ShowTypingLaterAsync(chat, delay, done.Token);
        }

        return done;
    }

    private async Task ShowTypingLaterAsync(IChatConversation chat, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            // Nearly every command finishes first and cancels the delay: no exception for that common case.
            await Task.Delay(delay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            await chat.ShowTypingAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception error)
        {
            LogTypingFailed(error);
        }
    }

    private static string CommandName(BotCommand command) => CommandCatalog.For(command)?.Name ?? "unknown";

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Command {Command} failed at the video server ({Failure})")]
    private partial void LogVideoServerFailure(Exception error, string command, ConferencingFailure failure);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Command {Command} did not finish within {Timeout}")]
    private partial void LogCommandTimedOut(string command, TimeSpan timeout);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "Command {Command} failed unexpectedly (reference {Reference})")]
    private partial void LogUnexpectedFailure(Exception error, string command, string reference);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Could not send the reply to the chat")]
    private partial void LogReplyFailed(Exception error);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "Could not show the typing indicator")]
    private partial void LogTypingFailed(Exception error);
}
