namespace SpiPlatform.ArchitectureTests.Localisation;

public sealed class LocalizerNamesTests
{
    [Fact]
    public void Declared_and_injected_localizers_are_named()
        => Assert.Equal(
            ["l", "L", "T", "localizer"],
            LocalizerNames.In(
            [
                "internal sealed class EditModel(Db db, IStringLocalizer<SignatoriesResource> l) : PageModel",
                "protected IStringLocalizer<ProtocolsResource> L => l;\n@inject IStringLocalizer<SharedResource> T",
                "public static string Localise(this IStringLocalizer localizer, Problem problem)",
            ]));
}
