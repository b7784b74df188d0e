namespace SpiPlatform.ArchitectureTests.Localisation;

public sealed class RazorKeyScannerTests
{
    private static List<SourceText> Scan(string view) => RazorKeyScanner.Scan("View.cshtml", view, new HashSet<string> { "L" }).Keys;

    [Fact]
    public void Keys_are_found_in_markup_attributes_and_code()
        => Assert.Equal(["Steps of the draft", "Sign in", "Page {0} of {1}", "To do"], Scan("""
            <nav aria-label="@L["Steps of the draft"]">
            <p>The organisation's page</p><h1>@L["Sign in"]</h1>
            <li>@L["Page {0} of {1}", Model.PageNumber, Model.PageCount]</li>
            <span>@(signed ? Model.Name : L["To do"])</span>
            """).Select(k => k.Text));

    [Fact]
    public void Escaped_quotes_in_a_key_are_decoded()
        => Assert.Equal("Put a phrase in \"quotation marks\".", Scan("""<p>@L["Put a phrase in \"quotation marks\"."]</p>""").Single().Text);

    [Fact]
    public void Razor_comments_are_skipped_and_lines_still_counted()
        => Assert.Equal(new SourceText("Shown", "View.cshtml", 3), Scan("@* @L[\"Hidden\"]\n still comment *@\n<p>@L[\"Shown\"]</p>").Single());

    [Fact]
    public void Other_indexers_are_not_keys()
        => Assert.Empty(Scan("""<p>@Model.L["x"] @ViewData["Title"] @Items["y"]</p>"""));
}
