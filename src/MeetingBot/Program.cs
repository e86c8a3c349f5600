using MeetingBot.Backends;
using MeetingBot.BotFramework;
using MeetingBot.Delivery;
using MeetingBot.Health;
using MeetingBot.Hosting;
using MeetingBot.LocalMode;
using MeetingBot.MeetingPages;
using MeetingBot.Meetings;
using MeetingBot.PublicPages;
using MeetingBot.Slack;
using MeetingBot.Slack.Http;
using MeetingBot.Storage;
using MeetingBot.Storage.Copy;
using MeetingBot.Teams;
using MeetingBot.Telemetry;

if (CopyStorageCommand.IsRequested(args))
{
    return await CopyStorageCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(ExecutableContentRoot.Options(args));
builder.UseDefaultListenUrl(EmbeddedTrueConf.DefaultListenUrl);
builder.AddConferencingBackend();
builder.Logging.MaskEmailAddresses();

builder.Services.AddMeetingBotTelemetry(builder.Configuration);
builder.Services.AddMeetingBotHealth();
builder.Services.AddMeetingBotStorage(builder.Configuration);
builder.Services.AddMeetingCore();
builder.Services.AddMeetingPages();
builder.Services.AddReplyDelivery();
builder.Services.AddBotFramework();
builder.Services.AddTeamsChannel();
builder.Services.AddSlackChannel();
builder.Services.AddStartupWarmUp();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapBotFrameworkMessages();
app.MapSlackEndpoints();
app.MapMeetingBotHealth();
app.MapPublicPages();
app.MapMeetingPages();
app.MapConferencingBackend();
return app.RunWhenConfigured();

/// <summary>The web app's entry point; public so integration tests can host it.</summary>
public partial class Program;
