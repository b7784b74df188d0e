namespace SpiPlatform.ArchitectureTests;

internal static class Violations
{
    /// <summary>Fails with every violation on a line of its own (Assert.Empty cuts each one short).</summary>
    public static void None(string rule, IEnumerable<string> violations)
    {
        var list = violations.ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{rule}: {list.Count} violation(s)\n  " + string.Join("\n  ", list));
        }
    }
}
