using System.Globalization;
using MeetingBot.TrueConfSimulator.Errors;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>Page number (from 1) and page size (default 200) of a list call (reference §5.1, §11.9–10).</summary>
internal sealed record Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 200;

    public static Outcome<Paging> Read(IQueryCollection query, string pageParameter)
    {
        var errors = new List<ApiErrorDetail>();
        var page = ReadPositive(query, pageParameter, 1, errors);
        var size = ReadPositive(query, "page_size", DefaultPageSize, errors);
        return errors.Count > 0 ? ApiErrors.Invalid(errors) : new Paging(page, size);
    }

    /// <summary>This page of <paramref name="items"/>, read by index: a page costs its size, not the list's.</summary>
    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items)
    {
        var start = (long)(Page - 1) * PageSize;
        if (start >= items.Count)
        {
            return [];
        }

        var page = new T[(int)Math.Min(PageSize, items.Count - start)];
        for (var i = 0; i < page.Length; i++)
        {
            page[i] = items[(int)start + i];
        }

        return page;
    }

    public bool HasMore(int total) => (long)Page * PageSize < total;

    private static int ReadPositive(IQueryCollection query, string name, int fallback, List<ApiErrorDetail> errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        errors.Add(ApiErrors.InvalidValue(name, "a positive integer is expected."));
        return fallback;
    }
}
