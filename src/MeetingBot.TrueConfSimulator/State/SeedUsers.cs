namespace MeetingBot.TrueConfSimulator;

/// <summary>The directory a fresh simulator starts with.</summary>
internal static class SeedUsers
{
    public static IReadOnlyList<SimulatedUser> All { get; } =
    [
        Person("helen", "Helen", "Carter", "helen.carter@contoso.example"),
        Person("dean", "Dean", "Novak", "dean@contoso.example"),
        Person("kevin", "Kevin", "Smith", "kevin.smith@corp.contoso.example") with { Presence = UserPresence.Busy },
        // The Teams emulator's default user.
        Person("alex", "Alex", "Wilber", "alexw@contoso.example"),
        Person("maria", "Maria", "Garcia", "maria@contoso.example") with { Presence = UserPresence.Offline },
        Person("ivan", "Иван", "Петров", "ivan.petrov@contoso.example"),
        // Cyrillic logins: Russian commands name them in case forms (с Деном и Еленой).
        Person("ден", "Ден", "Орлов", "den.orlov@contoso.example"),
        Person("елена", "Елена", "Смирнова", "elena.smirnova@contoso.example"),
        Person("olga", "Olga", "Ivanova", "olga.ivanova@contoso.example") with
        {
            IsActive = false,
            Presence = UserPresence.Offline,
        },
        Person("megan", "Megan", "Bowen", "meganb@contoso.example"),
        Person("adele", "Adele", "Vance", "adelev@contoso.example"),
        // Its email contains "dean@contoso.example": a "contains" search for Dean finds both.
        Person("ldean", "Laura", "Dean", "ldean@contoso.example") with { Presence = UserPresence.Offline },
    ];

    private static SimulatedUser Person(string id, string firstName, string lastName, string email) =>
        new(id, $"{firstName} {lastName}", email)
        {
            FirstName = firstName,
            LastName = lastName,
            Company = "Contoso",
        };
}
