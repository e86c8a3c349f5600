using MeetingBot.Conferencing;

namespace MeetingBot.Commands;

/// <summary>Reads one command from the message body with the command's words; null when the body is not it.</summary>
internal delegate BotCommand? CommandRecogniser(CommandTokens body, CommandVocabulary vocabulary, CommandWords words);

/// <summary>
/// One command the bot understands: its name (the key of its words in every vocabulary, and its name in logs and
/// metrics), the command it reads into, how it reads it, and what the video backend must be able to do for it.
/// </summary>
public sealed class CommandDefinition
{
    private readonly Func<ConferencingCapabilities, bool>? _requires;
    private readonly Func<ConferencingCapabilities, bool>? _listed;

    /// <param name="listed">Whether help shows it, when that differs from whether it is handled (a plain answer is no feature to advertise).</param>
    internal CommandDefinition(
        string name, Type commandType, CommandRecogniser recognise, Func<ConferencingCapabilities, bool>? requires = null, Func<ConferencingCapabilities, bool>? listed = null)
    {
        Name = name;
        CommandType = commandType;
        Recognise = recognise;
        _requires = requires;
        _listed = listed;
    }

    public string Name { get; }

    /// <summary>The <see cref="BotCommand"/> type this command reads into.</summary>
    public Type CommandType { get; }

    internal CommandRecogniser Recognise { get; }

    /// <summary>Whether the command is handled with this backend (else it is answered "can't do that").</summary>
    public bool IsAvailableWith(ConferencingCapabilities backend) => _requires?.Invoke(backend) ?? true;

    /// <summary>Whether help lists it with this backend: only what really works there.</summary>
    public bool IsListedWith(ConferencingCapabilities backend) => IsAvailableWith(backend) && (_listed?.Invoke(backend) ?? true);
}
