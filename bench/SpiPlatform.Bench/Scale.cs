namespace SpiPlatform.Bench;

/// <summary>A named size of generated data: how many organisations and agreements.</summary>
internal sealed record Scale(string Name, int Organisations, int Agreements)
{
    public static readonly IReadOnlyList<Scale> All =
    [
        // tiny: a quick look by hand at the harness end to end, not a size to measure at.
        new("tiny", 100, 1_000),
        new("small", 1_000, 10_000),
        new("wales", 2_000, 20_000),
        new("uk", 50_000, 1_000_000),
    ];

    public static Scale Parse(string name)
        => All.FirstOrDefault(s => s.Name == name)
           ?? throw new ArgumentException($"unknown scale '{name}': use {string.Join(", ", All.Select(s => s.Name))}");
}
