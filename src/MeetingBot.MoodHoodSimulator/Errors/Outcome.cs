using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.MoodHoodSimulator.Errors;

/// <summary>Either a value or the API failure to answer with.</summary>
internal readonly struct Outcome<T>
    where T : class
{
    private Outcome(T? value, ApiFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public ApiFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(ApiFailure failure) => new(null, failure);
}
