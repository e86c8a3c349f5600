namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// The HTTP body answered to an <c>invoke</c>: each invoke name has its own shape (a card action's
/// <see cref="InvokeResponse"/>, a dialog's <see cref="TaskModuleResponse"/>). Written by its runtime type through
/// <see cref="BotFrameworkJsonContext"/>.
/// </summary>
public abstract record InvokeAnswer;
