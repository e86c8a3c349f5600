using System.Diagnostics;
using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Telemetry;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Runs one chat command to its reply: routes it to its handler, shows "typing" when it takes a while, bounds it
/// in time, and is the one place where failures become friendly words for the user and details for the log.
/// </summary>
public sealed partial class CommandDispatcher(
    StartMeetingHandler startMeeting,
    LinkAccountHandler linkAccount,
    LinkPersonHandler linkPerson,
    SignInHandler signIn,
    IOptionsMonitor<MeetingBotOptions> options,
    MeetingBotMetrics metrics,
    ILogger<CommandDispatcher> logger)
{
    public async Task HandleAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
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
            await TryReplyAsync(chat, new NoticeReply(NoticeKind.Problem, BotTexts.VideoServerSlow), cancellationToken).ConfigureAwait(false);
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

    private Task RouteAsync(BotCommand command, IChatConversation chat, CancellationToken cancellationToken) => command switch
    {
        StartMeetingCommand start => startMeeting.HandleAsync(start, chat, cancellationToken),
        LinkAccountCommand link => linkAccount.HandleAsync(link, chat, cancellationToken),
        LinkPersonCommand personLink => linkPerson.HandleAsync(personLink, chat, cancellationToken),
        SignInCommand request => signIn.HandleAsync(request, chat, cancellationToken),
        HelpCommand => chat.ReplyAsync(new HelpReply(), cancellationToken),
        _ => chat.ReplyAsync(new HelpReply(BotTexts.Unknown), cancellationToken),
    };

    private static string Explain(ConferencingException error) => error.Failure switch
    {
        ConferencingFailure.Unreachable => BotTexts.VideoServerUnreachable,
        ConferencingFailure.TimedOut => BotTexts.VideoServerSlow,
        ConferencingFailure.Busy => BotTexts.VideoServerBusy,
        ConferencingFailure.CredentialsRejected => BotTexts.VideoServerCredentials,
        ConferencingFailure.PermissionDenied => BotTexts.VideoServerPermission,
        _ => BotTexts.VideoServerRejected(error.ServerReason),
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

    private static string CommandName(BotCommand command) => command switch
    {
        StartMeetingCommand => "start",
        LinkAccountCommand => "link",
        LinkPersonCommand => "link-person",
        SignInCommand => "sign-in",
        HelpCommand => "help",
        _ => "unknown",
    };

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
