using MeetingBot.Slack.Api;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection to Slack while <c>Slack:AppToken</c> is set: asks Slack for a socket address
/// (<c>apps.connections.open</c>), connects, waits for <c>hello</c>, and lets the connection acknowledge what arrives.
/// When Slack recycles the connection (<c>disconnect</c>) the new one is opened before the old one is closed, so
/// nothing is missed; when it drops or cannot be opened, the next attempt waits 1 s doubling to 30 s, back to 1 s
/// after a connection that said hello.
/// </summary>
internal sealed partial class SocketModeService(
    SlackWebApiClient slack,
    SocketModeRequests requests,
    SocketModeStatus status,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SocketModeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.UsesSocketMode)
        {
            return;
        }

        SocketModeConnection? current = null;
        var failures = 0;
        var lastFailure = "starting";
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var next = await ConnectAsync(failures, lastFailure, stoppingToken).ConfigureAwait(false);
                if (current is not null)
                {
                    _ = RetireAsync(current);
                }

                current = next;
                failures = 0;
                var ended = await Task.WhenAny(current.RecycleRequested, current.Ended).WaitAsync(stoppingToken).ConfigureAwait(false);
                if (ended == current.RecycleRequested)
                {
                    LogRecycling(await current.RecycleRequested.ConfigureAwait(false));
                    continue;
                }

                lastFailure = "the connection was " + await current.Ended.ConfigureAwait(false);
                LogDropped(lastFailure);
                await current.DisposeAsync().ConfigureAwait(false);
                current = null;
                failures = 1;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (current is not null)
            {
                await current.CloseAsync().ConfigureAwait(false);
                await current.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Tries until a connection has said hello, waiting before each try once <paramref name="failures"/> is above 0.</summary>
    private async Task<SocketModeConnection> ConnectAsync(int failures, string lastFailure, CancellationToken stoppingToken)
    {
        while (true)
        {
            if (failures > 0)
            {
                var delay = SocketModeBackoff.DelayAfter(failures, Random.Shared.NextDouble());
                status.Reconnecting(lastFailure, delay);
                LogRetrying(Math.Round(delay.TotalSeconds, 1));
                await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(false);
            }

            var connection = new SocketModeConnection(requests, clock, logger, stoppingToken);
            try
            {
                var url = await slack.OpenSocketAsync(stoppingToken).ConfigureAwait(false);
                await connection.OpenAsync(url, stoppingToken).ConfigureAwait(false);
                status.Connected();
                LogConnected(url.Host);
                return connection;
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                failures++;
                lastFailure = Describe(error);
                if (error is SlackApiException { IsAuthFailure: true } refused)
                {
                    LogTokenRefused(refused.Error);
                }
                else
                {
                    LogConnectFailed(lastFailure);
                }
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private async Task RetireAsync(SocketModeConnection old)
    {
        await old.CloseAsync().ConfigureAwait(false);
        await old.DisposeAsync().ConfigureAwait(false);
    }

    // Messages only: an exception's text around a socket address could carry the URL's ticket.
    private static string Describe(Exception error) => error switch
    {
        SlackApiException slack => $"apps.connections.open failed: {slack.Error}",
        OperationCanceledException => "timed out",
        _ => error.Message,
    };

    [LoggerMessage(EventId = 2700, Level = LogLevel.Information, Message = "Slack Socket Mode connected to {Host}")]
    private partial void LogConnected(string host);

    [LoggerMessage(EventId = 2701, Level = LogLevel.Information, Message = "Slack is recycling the Socket Mode connection ({Reason}): opening a new one before closing the old")]
    private partial void LogRecycling(string reason);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Warning, Message = "Slack Socket Mode: {Reason}")]
    private partial void LogDropped(string reason);

    [LoggerMessage(EventId = 2703, Level = LogLevel.Warning, Message = "Slack Socket Mode could not connect: {Reason}")]
    private partial void LogConnectFailed(string reason);

    [LoggerMessage(EventId = 2704, Level = LogLevel.Error, Message = "Slack refused the app-level token (Slack:AppToken): {Error}. Check that it is current and has the connections:write scope")]
    private partial void LogTokenRefused(string error);

    [LoggerMessage(EventId = 2705, Level = LogLevel.Information, Message = "Slack Socket Mode: next connection attempt in {Seconds} s")]
    private partial void LogRetrying(double seconds);
}
