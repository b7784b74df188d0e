namespace SpiPlatform.ArchitectureTests.Localisation;

public sealed class CSharpKeyScannerTests
{
    private static readonly HashSet<string> Localizers = ["l", "t"];

    private static ScannedKeys Scan(string source, bool problemsAreShown = true)
        => CSharpKeyScanner.Scan("Sample.cs", source, Localizers, problemsAreShown);

    private static List<string> Keys(string source, bool problemsAreShown = true)
        => [.. Scan(source, problemsAreShown).Keys.Select(k => k.Text)];

    [Fact]
    public void A_localizer_indexer_asks_for_its_first_argument()
        => Assert.Equal(["Sign in", "Page {0} of {1}"], Keys("""var a = l["Sign in"]; var b = t["Page {0} of {1}", page, "not a key"];"""));

    [Fact]
    public void Every_arm_of_a_switch_or_ternary_in_the_key_is_a_key()
        => Assert.Equal(["Draft", "Live", "1 result", "{0} results"], Keys("""
            string S(Status s) => l[s switch
            {
                Status.Draft => "Draft",
                Status.Live => "Live",
                _ => s.ToString(),
            }];
            string C(int n) => l[n == 1 ? "1 result" : "{0} results", n];
            """));

    [Fact]
    public void Other_indexers_and_member_localizers_are_not_keys()
        => Assert.Empty(Keys("""var a = values["x"]; var b = page.l["y"]; var c = headers["z"];"""));

    [Fact]
    public void Each_problem_factory_asks_for_its_message_not_its_field()
        => Assert.Equal(["Enter a name.", "Someone else changed it.", "There is none.", "You may not.", "The {0} {1} is taken.", "charity number"], Keys("""
            Problem.Invalid("nameEn", "Enter a name.");
            Problem.Conflict("Someone else changed it.", "version");
            Problem.NotFound("There is none.");
            Problem.Forbidden("You may not.");
            Problem.Describe(ErrorCodes.Conflict, "charityNumber", "The {0} {1} is taken.", "charity number", value);
            """));

    [Fact]
    public void Both_messages_of_a_conditional_problem_are_keys()
        => Assert.Equal(["Already active.", "Already signed."], Keys("""return Problem.Conflict(active ? "Already active." : "Already signed.");"""));

    [Fact]
    public void Problems_in_api_only_code_are_not_keys_but_its_localizer_calls_are()
        => Assert.Equal(["Shown"], Keys("""Problem.Invalid("first", "Ask for fewer."); var s = l["Shown"];""", problemsAreShown: false));

    [Fact]
    public void A_message_forwarded_through_a_helper_of_the_same_file_is_a_key()
        => Assert.Equal(["The {0} {1} is taken.", "An ODS code is 3 to 6 characters.", "NHS ODS code"], Keys("""
            var ods = Identifier(input.OdsCode, "odsCode", OdsCode(), "An ODS code is 3 to 6 characters.", problems);
            await Check(clean.OdsCode, "odsCode", "NHS ODS code", o => o.OdsCode == clean.OdsCode);

            static string? Identifier(string? value, string field, Regex format, string message, List<Problem> problems)
            {
                problems.Add(Problem.Invalid(field, message));
                return value;
            }

            async Task Check(string? value, string field, string label, Expression<Func<Organisation, bool>> same)
                => problems.Add(Problem.Describe(ErrorCodes.Conflict, field, "The {0} {1} is taken.", label, value));
            """));

    [Fact]
    public void The_titles_of_a_titled_tuple_array_are_keys()
        => Assert.Equal(["Basics", "Review and submit"], Keys("""
            public static readonly (string Step, string Title)[] Steps =
            [
                ("basics", "Basics"), ("review", "Review and submit"),
            ];
            public static readonly (string Step, string Url)[] Links = [("basics", "/basics")];
            """));

    [Fact]
    public void A_key_returned_by_another_types_method_is_reported_for_lookup()
    {
        var scanned = Scan("string Sector(OrganisationSector s) => l[OrganisationSectorNames.English(s)];");

        Assert.Equal(new KeyFromMethod("OrganisationSectorNames", "English", "Sample.cs", 1), Assert.Single(scanned.FromMethods));
    }

    [Fact]
    public void An_interpolated_key_is_built_at_run_time()
    {
        var scanned = Scan("""var a = l[$"Hello {name}"]; Problem.Invalid("f", $"Between 0 and {max}.");""");

        Assert.Equal(2, scanned.BuiltAtRunTime.Count);
        Assert.Empty(scanned.Keys);
    }

    [Fact]
    public void A_problem_message_in_a_variable_the_file_does_not_trace_is_reported()
    {
        var scanned = Scan("""
            var message = "Enter a name.";
            Problem.Invalid("name", message);
            Problem.Describe(ErrorCodes.Conflict, "name", "'{0}' is taken.", holder);
            """);

        Assert.Equal(new SourceText("message", "Sample.cs", 2), Assert.Single(scanned.Untraced));
    }

    [Fact]
    public void A_key_knows_its_file_and_line()
        => Assert.Equal(new SourceText("Second", "Sample.cs", 2), Scan("var a = 1;\nvar b = l[\"Second\"];").Keys.Single());
}
