namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// The answer to a Teams <c>task/fetch</c> invoke: a dialog to open (<c>continue</c> with a <see cref="TaskModuleInfo"/>)
/// or a message to show instead (<c>message</c> with a string). Build it with the factory methods.
/// </summary>
public sealed record TaskModuleResponse(TaskModuleStep Task) : InvokeAnswer
{
    public static TaskModuleResponse Continue(TaskModuleInfo dialog) => new(new TaskModuleStep("continue", dialog));

    public static TaskModuleResponse Message(string text) => new(new TaskModuleStep("message", text));
}

/// <summary>What Teams does next; <see cref="Value"/> is a <see cref="TaskModuleInfo"/> or a string.</summary>
public sealed record TaskModuleStep(string Type, object Value);

/// <summary>A dialog showing a web page in a frame (<c>height</c>/<c>width</c>: <c>small</c>, <c>medium</c>, <c>large</c> or pixels).</summary>
/// <param name="FallbackUrl">Opened in the browser by a client that cannot show the dialog.</param>
public sealed record TaskModuleInfo(string Title, string Url, string FallbackUrl, string Height, string Width);
