using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>Keeps every log line the app writes (message and exception text), to check what reaches logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public string All => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)} {exception} {ValuesOf(state)}");

        // The structured values too: exporters (OpenTelemetry, JSON console) write them beside the message.
        private static string ValuesOf<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join(' ', values.Select(pair => $"{pair.Key}={pair.Value}")) : string.Empty;
    }
}
