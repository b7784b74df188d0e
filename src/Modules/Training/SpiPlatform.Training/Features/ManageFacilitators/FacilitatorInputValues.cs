using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Training.Features.ManageFacilitators;

/// <summary>Reads the enum, date and list values of a facilitator input object.</summary>
internal static class FacilitatorInputValues
{
    public static T? EnumOf<T>(this IDictionary<string, object?> input, string name) where T : struct
        => input.TryGetValue(name, out var v) && v is T t ? t : null;

    public static IReadOnlyList<ServiceArea>? AreasOf(this IDictionary<string, object?> input)
        => input.TryGetValue("areas", out var v) && v is IEnumerable<object?> list ? [.. list.OfType<ServiceArea>()] : null;

    public static DateOnly? DateOf(this IDictionary<string, object?> input, string name)
        => input.TryGetValue(name, out var v) && v is DateOnly d ? d : null;

    public static FacilitatorLanguage LanguagesOr(this IDictionary<string, object?> input, FacilitatorLanguage fallback)
        => input.EnumOf<FacilitatorLanguage>("languages") ?? fallback;
}
