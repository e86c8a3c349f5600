namespace MeetingBot.Telemetry;

/// <summary>
/// The logging boundary's safety net for personal data: every logger it hands out masks e-mail addresses (plain or
/// URL-encoded) in the message, the structured values and the exception text before any provider sees them.
/// Exception text is the reason it exists: framework exceptions quote request URLs such as <c>users?email=…</c>,
/// which no redaction attribute on a log parameter reaches.
/// </summary>
internal sealed class EmailMaskingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new EmailMaskingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}

internal sealed class EmailMaskingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        var exceptionText = exception?.ToString();
        if (!LogRedaction.MayContainEmail(message) && !LogRedaction.MayContainEmail(exceptionText) && !MaskedLogState.NeedsMasking(state))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        var masked = new MaskedLogState(state, LogRedaction.MaskEmailsIn(message));
        var maskedException = exception is null ? null : new MaskedException(exception, LogRedaction.MaskEmailsIn(exceptionText!));
        inner.Log(logLevel, eventId, masked, maskedException, static (state, _) => state.ToString());
    }
}

/// <summary>A log entry's structured values with e-mail addresses masked; its text is the masked message.</summary>
internal sealed class MaskedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _values;
    private readonly string _message;

    public MaskedLogState(object? state, string maskedMessage)
    {
        _message = maskedMessage;
        _values = state is IEnumerable<KeyValuePair<string, object?>> values
            ? values.Select(pair => new KeyValuePair<string, object?>(pair.Key, Mask(pair.Key, pair.Value))).ToArray()
            : [];
    }

    public static bool NeedsMasking(object? state) =>
        state is IEnumerable<KeyValuePair<string, object?>> values && values.Any(pair => LogRedaction.MayContainEmail(TextOf(pair.Value)));

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _message;

    // The template ({OriginalFormat}) is code, not data; every other value that reads like an address is masked.
    private static object? Mask(string key, object? value) =>
        key != "{OriginalFormat}" && TextOf(value) is { } text && LogRedaction.MayContainEmail(text) ? LogRedaction.MaskEmailsIn(text) : value;

    private static string? TextOf(object? value) => value switch
    {
        null => null,
        string text => text,
        IFormattable or bool => null,
        _ => value.ToString(),
    };
}

/// <summary>
/// Stands in for a logged exception whose text held an e-mail address: the original's stack trace, its text
/// (type, message, inner exceptions, stack) masked.
/// </summary>
internal sealed class MaskedException(Exception original, string maskedText) : Exception(LogRedaction.MaskEmailsIn(original.Message))
{
    public override string? StackTrace => original.StackTrace;

    public override string ToString() => maskedText;
}
