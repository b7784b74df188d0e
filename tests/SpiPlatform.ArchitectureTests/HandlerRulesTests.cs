namespace SpiPlatform.ArchitectureTests;

public sealed class HandlerRulesTests
{
    [Fact]
    public void Handlers_are_internal_and_sealed()
    {
        var types = PlatformAssemblies.Modules()
            .SelectMany(m => m.GetTypes())
            .Where(t => !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => new TypeShape(t.FullName!, t.IsVisible, t.IsSealed))
            .ToList();

        Assert.Contains(types, t => HandlerRules.IsHandler(t.Name));
        Violations.None("Handlers are internal sealed", HandlerRules.Violations(types));
    }

    [Fact]
    public void A_public_or_unsealed_handler_is_a_violation()
        => Assert.Equal(
            ["M.SignAccordHandler must be internal", "M.AgreementHandlers must be sealed", "M.OpenHandler`1 must be internal", "M.OpenHandler`1 must be sealed"],
            HandlerRules.Violations(
            [
                new("M.SignAccordHandler", IsVisibleOutsideAssembly: true, IsSealed: true),
                new("M.AgreementHandlers", IsVisibleOutsideAssembly: false, IsSealed: false),
                new("M.OpenHandler`1", IsVisibleOutsideAssembly: true, IsSealed: false),
                new("M.WithdrawFromAccordHandler", IsVisibleOutsideAssembly: false, IsSealed: true),
            ]));

    [Fact]
    public void Other_types_are_not_held_to_it()
        => Assert.Empty(HandlerRules.Violations([new("M.SignatoriesModule", IsVisibleOutsideAssembly: true, IsSealed: false), new("M.HandlerOptions", true, false)]));
}
