namespace MeetingBot.Localization;

/// <summary>
/// A language the bot speaks, named by its two-letter code (<c>en</c>, <c>ru</c>). The bot speaks exactly the
/// languages it has a texts file for (<see cref="Languages"/>).
/// </summary>
public readonly record struct Language
{
    public Language(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim().ToLowerInvariant();
    }

    public string Code { get; }

    public static Language English { get; } = new("en");

    public override string ToString() => Code;
}
