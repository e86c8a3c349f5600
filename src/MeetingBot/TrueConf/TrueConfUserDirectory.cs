using System.Text.Json;
using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Wire;

namespace MeetingBot.TrueConf;

/// <summary>
/// TrueConf's user directory. Search filters are treated as a pre-filter only: the returned e-mail or
/// display name is compared exactly (case-insensitive) here (reference §5.1).
/// </summary>
internal sealed class TrueConfUserDirectory(TrueConfApiClient api) : IConferenceUserDirectory
{
    public async Task<ConferenceUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        var login = TrueConfIds.WithoutServer(userId);
        if (login.Length == 0)
        {
            return null;
        }

        var user = await api.GetUserAsync(login, cancellationToken).ConfigureAwait(false);
        return user is null ? null : ToUser(user);
    }

    public Task<IReadOnlyList<ConferenceUser>> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        SearchAsync("email", email, user => user.Email, cancellationToken);

    public Task<IReadOnlyList<ConferenceUser>> FindByDisplayNameAsync(string displayName, CancellationToken cancellationToken) =>
        SearchAsync("display_name", displayName, user => user.DisplayName, cancellationToken);

    private async Task<IReadOnlyList<ConferenceUser>> SearchAsync(
        string filter, string value, Func<ConferenceUser, string?> field, CancellationToken cancellationToken)
    {
        var users = await api.SearchUsersAsync(filter, value, cancellationToken).ConfigureAwait(false);
        return users.Select(ToUser)
            .Where(user => string.Equals(field(user), value, StringComparison.OrdinalIgnoreCase))
            .ToArray();
    }

    internal static ConferenceUser ToUser(UserDto dto)
    {
        var id = dto.Id ?? dto.LoginName ?? string.Empty;
        var displayName = string.IsNullOrWhiteSpace(dto.DisplayName) ? id : dto.DisplayName;
        return new ConferenceUser(id, displayName, dto.Email, IsActive(dto.IsActive));
    }

    // v3 sends 0/1, v4 a boolean; an absent value means active.
    private static bool IsActive(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt32(out var number) && number != 0,
        JsonValueKind.String => value.GetString() is not ("0" or "false"),
        _ => true,
    };
}
