using System.Collections.Concurrent;
using MeetingBot.Conferencing;

namespace MeetingBot.Tests.MeetingPages;

/// <summary>A seam double of the personal-link backend: records each request and answers as told.</summary>
public sealed class RecordingLinkIssuer : IPersonalLinkIssuer
{
    public const string WebOrigin = "https://rooms.example.test";

    public ConcurrentQueue<PersonalLinkRequest> Requests { get; } = new();

    public Func<PersonalLinkRequest, CancellationToken, Task<PersonalLink>> Answer { get; set; } = (request, _) =>
        Task.FromResult(new PersonalLink(
            $"{WebOrigin}/room/r-{request.ConferenceId}?participantName={Uri.EscapeDataString(request.DisplayName)}&accessToken=one-time-{Guid.NewGuid():N}",
            DateTimeOffset.UtcNow.AddHours(2)));

    public Task<PersonalLink> IssueAsync(PersonalLinkRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Answer(request, cancellationToken);
    }
}

/// <summary>A backend failure as a backend client raises it.</summary>
public sealed class TestConferencingException(ConferencingFailure failure) : ConferencingException(failure, "test: " + failure)
{
    public override string? ServerReason => null;
}
