namespace MeetingBot.Commands;

/// <summary>
/// What words are compared as, besides case: Russian writes <c>ё</c> as <c>е</c> as often as not
/// (<c>Планёрка</c>, <c>Планерка</c>), so both sides of a comparison read <c>ё</c> as <c>е</c>. One character for
/// one, so positions in the folded text are positions in the typed one.
/// </summary>
internal static class WordFolding
{
    public static string Fold(string text) =>
        text.AsSpan().IndexOfAny('ё', 'Ё') < 0 ? text : text.Replace('ё', 'е').Replace('Ё', 'Е');
}
