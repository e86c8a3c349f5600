namespace MeetingBot.TrueConfSimulator.Errors;

/// <summary>A failed API call: HTTP status plus the <c>errors[]</c> items of the reference §4 shape.</summary>
internal sealed record ApiFailure(int Status, IReadOnlyList<ApiErrorDetail> Errors)
{
    public ApiFailure(int status, ApiErrorDetail error)
        : this(status, [error])
    {
    }
}

/// <param name="LocationType"><c>path</c> or <c>parameter</c> when one input is at fault.</param>
internal sealed record ApiErrorDetail(string Reason, string Message, string? LocationType = null, string? Location = null)
{
    public static ApiErrorDetail Parameter(string reason, string message, string location) =>
        new(reason, message, "parameter", location);

    public static ApiErrorDetail Path(string reason, string message, string location) =>
        new(reason, message, "path", location);
}
