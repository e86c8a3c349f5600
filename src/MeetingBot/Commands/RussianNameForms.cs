namespace MeetingBot.Commands;

/// <summary>
/// The base (nominative) forms a Russian name may have when a command puts it in a case: <c>с Деном и Еленой</c>
/// names Ден and Елена, <c>пригласи Дена и Елену</c> too. Only what the typed form could be, most likely first;
/// the resolver tries them in order when the name as typed finds nobody, so a wrong guess costs one lookup and a
/// name already in its base form (<c>Елена</c>) is found as typed. Words with a Latin letter are left alone.
/// </summary>
internal static class RussianNameForms
{
    /// <summary>Forms tried per word and per name: a long name must not turn into many directory lookups.</summary>
    private const int MaxFormsPerWord = 3;
    private const int MaxForms = 4;

    /// <summary>Ending of the typed word → endings of its base forms, longest endings first.</summary>
    private static readonly (string Ending, string[] BaseEndings)[] Endings =
    [
        // Instrumental (с кем): Деном, Андреем, Игорем, Еленой, Натальей, Орловым, Чайковским.
        ("ою", ["а"]),
        ("ею", ["я"]),
        ("ом", [""]),
        ("ем", ["й", "", "ь"]),
        ("ём", ["й", "", "ь"]),
        ("ой", ["а"]),
        ("ей", ["я", "ь"]),
        ("ым", [""]),
        ("им", ["ий", ""]),
        // Accusative and genitive (пригласи кого), dative (позвони кому): Дена, Елену, Наталью, Игоря, Дену, Елене, Марии.
        ("ии", ["ия"]),
        ("я", ["ь", "й"]),
        ("а", [""]),
        ("у", ["а", ""]),
        ("ю", ["я", "ь"]),
        ("е", ["а"]),
    ];

    /// <summary>The base forms of a typed name (one or more words), without the name itself; empty when it has none.</summary>
    public static IReadOnlyList<string> BaseForms(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words.All(IsCyrillicWord))
        {
            return [];
        }

        IEnumerable<string> forms = [""];
        foreach (var word in words)
        {
            var options = FormsOfWord(word);
            forms = forms.SelectMany(prefix => options.Select(option => prefix.Length == 0 ? option : prefix + " " + option));
        }

        return forms
            .Where(form => !string.Equals(form, string.Join(' ', words), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxForms)
            .ToArray();
    }

    /// <summary>The word's base forms, most likely first, then the word itself (one word of a name may be uninflected).</summary>
    private static string[] FormsOfWord(string word)
    {
        foreach (var (ending, baseEndings) in Endings)
        {
            // The stem keeps at least two letters: "Ом" or "Ия" are no inflected names.
            if (word.Length >= ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                var stem = word[..^ending.Length];
                var upper = word.All(letter => !char.IsLower(letter));
                return baseEndings
                    .Where(baseEnding => Fits(stem, baseEnding))
                    .Take(MaxFormsPerWord)
                    .Select(baseEnding => stem + (upper ? baseEnding.ToUpperInvariant() : baseEnding))
                    .Append(word)
                    .ToArray();
            }
        }

        return [word];
    }

    /// <summary>Й follows a vowel and Ь a consonant: Андре-й, Игор-ь, never Андре-ь.</summary>
    private static bool Fits(string stem, string baseEnding)
    {
        if (baseEnding.Length == 0 || baseEnding[0] is not ('й' or 'ь'))
        {
            return true;
        }

        var afterVowel = "аеёиоуыэюя".Contains(char.ToLowerInvariant(stem[^1]));
        return baseEnding[0] == 'й' ? afterVowel : !afterVowel;
    }

    private static bool IsCyrillicWord(string word) =>
        word.All(letter => letter is (>= 'А' and <= 'я') or 'ё' or 'Ё' or '-');
}
