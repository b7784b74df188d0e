using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Where a page of a list starts and how long it is, read from Relay's <c>first</c> and <c>after</c>.</summary>
public sealed record PageWindow(int Offset, int First);

/// <summary>The checks every Relay list field makes on <c>first</c> and <c>after</c>, with the same messages.</summary>
public static class Paging
{
    /// <summary>
    /// The page asked for, or why it cannot be given: <c>first</c> outside 0..<paramref name="maxSize"/>, or a cursor
    /// this API did not issue. <paramref name="noun"/> names what is listed ("organisations").
    /// </summary>
    public static Result<PageWindow> Read(int? first, string? after, int defaultSize, int maxSize, string noun)
    {
        var size = first ?? defaultSize;
        if (size < 0 || size > maxSize)
        {
            return Problem.Describe(ErrorCodes.ValidationFailed, "first", "Ask for between 0 and {0} {1} at a time.", maxSize, noun);
        }
        return Cursor.OffsetAfter(after) is { } offset
            ? new PageWindow(offset, size)
            : Problem.Invalid("after", "That cursor did not come from this API.");
    }
}
