using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
using Microsoft.Extensions.Options;
using MeetingBot.Telemetry;
namespace MeetingBot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>The channel-neutral meeting core: command handlers, people mapping, metrics.</summary>
    public static IServiceCollection AddMeetingCore(this IServiceCollection services)
    {
        services.AddOptions<MeetingBotOptions>().BindConfiguration(MeetingBotOptions.SectionName)
            .Validate(o => o.CommandTimeout > TimeSpan.Zero && o.CommandTimeout <= TimeSpan.FromSeconds(14),
                "MeetingBot:CommandTimeout must be more than 0 and at most 00:00:14 (Teams waits 15 s).")
            .Validate(o => o.Workers is > 0 and <= 1024, "MeetingBot:Workers must be between 1 and 1024.")
            .Validate(o => o.WorkQueueCapacity is > 0 and <= 100_000, "MeetingBot:WorkQueueCapacity must be between 1 and 100000.")
            .Validate(o => o.EnqueuePatience >= TimeSpan.Zero && o.EnqueuePatience <= TimeSpan.FromSeconds(10),
                "MeetingBot:EnqueuePatience must be between 0 and 00:00:10 (Teams waits 15 s for the answer).")
            .Validate(o => o.ReplyRetryWindow >= TimeSpan.FromSeconds(10) && o.ReplyRetryWindow <= TimeSpan.FromDays(1),
                "MeetingBot:ReplyRetryWindow must be between 00:00:10 and 1.00:00:00.")
            .Validate(o => o.MaxInvitees is > 0 and <= 1000, "MeetingBot:MaxInvitees must be between 1 and 1000.")
            .Validate(o => o.Admins.All(admin => !string.IsNullOrWhiteSpace(admin)),
                "MeetingBot:Admins must list chat user ids or e-mails/UPNs; an entry is empty.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicUrl) ||
                           (Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(url.Query)),
                "MeetingBot:PublicUrl must be the bot's absolute http(s) base address, e.g. https://meetingbot.contoso.com.")
            .Validate(o => o.InvokeBudget > TimeSpan.Zero && o.InvokeBudget <= TimeSpan.FromSeconds(10),
                "MeetingBot:InvokeBudget must be more than 0 and at most 00:00:10 (Teams shows an error on a card action answered later).")
            .Validate(o => o.WatchInterval >= TimeSpan.FromSeconds(1) && o.WatchInterval <= o.WatchIntervalMax,
                "MeetingBot:WatchInterval must be at least 00:00:01 and at most MeetingBot:WatchIntervalMax.")
            .Validate(o => o.WatchIntervalMax <= TimeSpan.FromMinutes(10), "MeetingBot:WatchIntervalMax must be at most 00:10:00.")
            .Validate(o => o.WatchParticipantReads is >= 0 and <= 1000, "MeetingBot:WatchParticipantReads must be between 0 and 1000.")
            .Validate(o => o.ForgottenAfter >= TimeSpan.FromMinutes(1), "MeetingBot:ForgottenAfter must be at least 00:01:00.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefaultLanguage) && Languages.Discover().Contains(new Language(o.DefaultLanguage)),
                "MeetingBot:DefaultLanguage must be one of the languages the bot speaks: " + string.Join(", ", Languages.Discover()) + ".")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MeetingBotOptions>, TextsValidation>();
        services.AddSingleton(provider => new Languages(new Language(provider.GetRequiredService<IOptions<MeetingBotOptions>>().Value.DefaultLanguage)));
        services.AddMemoryCache();
        services.AddSingleton<ReaderLanguages>();
        services.AddMeetingBotMetrics();
        // A factory, unchecked when the container is built: on a backend without a directory it is never asked for.
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<ParticipantResolver>(provider));
        services.AddSingleton<ChatMemberResolver>();
        // Without a directory, people are chat users: nothing then asks for the directory a backend may not register.
        services.AddSingleton<IPersonResolver>(provider => provider.GetRequiredService<IConferenceService>().Capabilities.HasUserDirectory
            ? provider.GetRequiredService<ParticipantResolver>()
            : provider.GetRequiredService<ChatMemberResolver>());
        services.AddSingleton<ConferenceStarter>();
        services.AddSingleton<AbandonedStartSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<AbandonedStartSweeper>());
        services.AddSingleton<AttendeeResolver>();
        services.AddSingleton<AccountLinks>();
        services.AddSingleton(provider => new CommandParser(provider.GetRequiredService<IConferenceService>().Capabilities.DisplayName));
        services.AddCommandHandler<HelpCommand, HelpHandler>();
        services.AddCommandHandler<StartMeetingCommand, StartMeetingHandler>();
        services.AddCommandHandler<LinkAccountCommand, LinkAccountHandler>();
        services.AddCommandHandler<LinkPersonCommand, LinkPersonHandler>();
        services.AddCommandHandler<SignInCommand, SignInHandler>();
        services.AddCommandHandler<InviteCommand, InviteHandler>();
        services.AddCommandHandler<ShowParticipantsCommand, ShowParticipantsHandler>();
        services.AddCommandHandler<StopMeetingCommand, StopMeetingHandler>();
        services.AddCommandHandler<ListMeetingsCommand, ListMeetingsHandler>();
        services.AddCommandHandler<ChooseLanguageCommand, ChooseLanguageHandler>();
        services.AddSingleton<PlacePolicy>();
        services.AddSingleton<MeetingLocks>();
        services.AddSingleton<MeetingFinder>();
        services.AddSingleton<MeetingCards>();
        services.AddSingleton<MeetingStopper>();
        services.AddSingleton<MeetingInviter>();
        services.AddSingleton<MeetingParticipants>();
        services.AddSingleton<MeetingHeadcount>();
        services.AddSingleton<ForgottenMeetings>();
        services.AddSingleton<MeetingWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<MeetingWatcher>());
        services.AddSingleton<ICardAction, RefreshCardAction>();
        services.AddSingleton<ICardAction, ParticipantsCardAction>();
        services.AddSingleton<ICardAction, InviteCardAction>();
        services.AddSingleton<ICardAction, StopCardAction>();
        services.AddSingleton<ICardAction, JoinCardAction>();
        services.AddSingleton<PersonalLinkDelivery>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<CardActionDispatcher>();
        return services;
    }
}
