namespace SpiPlatform.ArchitectureTests.Localisation;

public sealed class ProjectKeysTests
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["src/M/Localization/Labels.cs"] = "static string Sector(this IStringLocalizer l, Sector s) => l[SectorNames.English(s)];\nstatic string Area(this IStringLocalizer l, Area a) => l[AreaNames.English(a)];",
        ["src/C/SectorNames.cs"] = """
            public static class SectorNames
            {
                public static string English(Sector s) => s switch
                {
                    Sector.Police => "Police",
                    _ => s.ToString(),
                };
            }
            """,
        ["src/M/GraphQL/Schema.cs"] = """c.Errors.Add(Problem.Invalid("after", "That cursor did not come from this API."));""",
        ["src/M/Pages/_Page.cshtml"] = "@inject IStringLocalizer<Resource> L\n<h1>@L[\"Register\"]</h1>",
    };

    private static readonly ProjectKeys Scanned = ProjectKeys.Of(
        new SourceProject("M", "src/M", [.. Files.Keys.Where(f => f.StartsWith("src/M/", StringComparison.Ordinal))], []),
        f => Files[f],
        new Dictionary<string, string> { ["SectorNames.cs"] = "src/C/SectorNames.cs" });

    [Fact]
    public void Keys_a_method_elsewhere_returns_are_read_from_its_file()
        => Assert.Contains(new SourceText("Police", "src/C/SectorNames.cs", 5), Scanned.Keys);

    [Fact]
    public void A_key_from_a_method_that_cannot_be_found_cannot_be_checked()
        => Assert.Contains(Scanned.Unverifiable, u => u.Contains("AreaNames.English", StringComparison.Ordinal));

    [Fact]
    public void Views_are_scanned_with_the_localizer_they_inject()
        => Assert.Contains(Scanned.Keys, k => k.Text == "Register");

    [Fact]
    public void Problems_made_for_the_api_only_are_not_keys()
        => Assert.DoesNotContain(Scanned.Keys, k => k.Text.Contains("cursor", StringComparison.Ordinal));
}
