namespace SpiPlatform.ArchitectureTests.Localisation;

public sealed class WelshParityTests
{
    private static readonly HashSet<string> Allowed = ["Partner"];

    private static WelshEntry Entry(string name, string value, int line = 1) => new(name, value, "x.cy.resx", line);

    private static SourceText Key(string text, int line = 1) => new(text, "Page.cs", line);

    [Fact]
    public void Matching_keys_and_entries_are_parity()
    {
        var report = WelshParity.Check([Key("Home"), Key("Partner")], [Entry("Home", "Hafan"), Entry("Partner", "Partner")], Allowed);

        Assert.Empty(report.Missing);
        Assert.Empty(report.Empty);
        Assert.Empty(report.SameAsEnglish);
        Assert.Empty(report.Orphaned);
        Assert.Empty(report.CaseDuplicates);
    }

    [Fact]
    public void A_key_with_no_entry_is_missing_once_at_its_first_place()
        => Assert.Equal([Key("Sign in", 3)], WelshParity.Check([Key("Sign in", 3), Key("Sign in", 9)], [], Allowed).Missing);

    [Fact]
    public void An_empty_value_is_reported()
        => Assert.Equal("Home", Assert.Single(WelshParity.Check([Key("Home")], [Entry("Home", "  ")], Allowed).Empty).Name);

    [Fact]
    public void Welsh_equal_to_English_is_reported_unless_allowed()
    {
        var report = WelshParity.Check([Key("Status"), Key("Partner")], [Entry("Status", "Status"), Entry("Partner", "Partner")], Allowed);

        Assert.Equal("Status", Assert.Single(report.SameAsEnglish).Name);
    }

    [Fact]
    public void An_entry_no_key_asks_for_is_orphaned()
        => Assert.Equal("Old text", Assert.Single(WelshParity.Check([Key("Home")], [Entry("Home", "Hafan"), Entry("Old text", "Hen destun")], Allowed).Orphaned).Name);

    [Fact]
    public void Keys_match_entries_case_sensitively()
        => Assert.Equal("charity number", Assert.Single(WelshParity.Check([Key("charity number")], [Entry("Charity number", "Rhif elusen")], Allowed).Missing).Text);

    [Fact]
    public void Entries_differing_only_in_case_are_duplicates()
    {
        var report = WelshParity.Check([Key("Charity number"), Key("charity number")], [Entry("Charity number", "Rhif elusen", 1), Entry("charity number", "rhif elusen", 2)], Allowed);

        var clash = Assert.Single(report.CaseDuplicates);
        Assert.Equal((1, 2), (clash.Kept.Line, clash.Dropped.Line));
    }
}
