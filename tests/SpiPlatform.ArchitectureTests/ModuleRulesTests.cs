namespace SpiPlatform.ArchitectureTests;

public sealed class ModuleRulesTests
{
    [Fact]
    public void References_between_platform_assemblies_follow_the_module_rules()
        => Violations.None("Module references", ModuleRules.Violations(PlatformAssemblies.Load().Select(PlatformAssemblies.Node)));

    [Fact]
    public void Platform_assemblies_are_found_to_check()
    {
        var names = PlatformAssemblies.Load().Select(a => a.GetName().Name).ToList();

        Assert.Contains(ModuleRules.Host, names);
        Assert.Contains(ModuleRules.SharedKernel, names);
        Assert.NotEmpty(PlatformAssemblies.Modules());
        Assert.NotEmpty(PlatformAssemblies.Contracts());
    }

    [Fact]
    public void A_module_referencing_another_modules_implementation_is_a_violation()
    {
        var violations = ModuleRules.Violations(
        [
            new("SpiPlatform.Protocols", ["SpiPlatform.SharedKernel", "SpiPlatform.Signatories.Contracts", "SpiPlatform.Signatories"]),
        ]);

        Assert.Equal(["SpiPlatform.Protocols must not reference SpiPlatform.Signatories"], violations);
    }

    [Theory]
    [InlineData("SpiPlatform.SharedKernel", "SpiPlatform.Signatories.Contracts")]
    [InlineData("SpiPlatform.SharedKernel", "SpiPlatform.Web")]
    [InlineData("SpiPlatform.Signatories.Contracts", "SpiPlatform.Signatories")]
    [InlineData("SpiPlatform.Signatories.Contracts", "SpiPlatform.Web")]
    [InlineData("SpiPlatform.Web", "SpiPlatform.Signatories.Contracts")]
    [InlineData("SpiPlatform.Web", "SpiPlatform.Protocols")]
    [InlineData("SpiPlatform.Web", "SpiPlatform.Host")]
    [InlineData("SpiPlatform.Metrics", "SpiPlatform.Host")]
    public void Forbidden_references_are_reported(string from, string to)
        => Assert.Single(ModuleRules.Violations([new(from, [to])]));

    [Fact]
    public void Modules_may_use_shared_kernel_web_and_contracts()
        => Assert.Empty(ModuleRules.Violations(
        [
            new("SpiPlatform.QualityAssurance", ["SpiPlatform.SharedKernel", "SpiPlatform.Web", "SpiPlatform.Protocols.Contracts"]),
            new("SpiPlatform.Web", ["SpiPlatform.SharedKernel", "Microsoft.AspNetCore.Mvc.RazorPages"]),
            new("SpiPlatform.Protocols.Contracts", ["SpiPlatform.SharedKernel", "SpiPlatform.Signatories.Contracts"]),
            new("SpiPlatform.Host", ["SpiPlatform.Protocols", "SpiPlatform.Web", "SpiPlatform.SharedKernel"]),
        ]));

    [Fact]
    public void Web_is_a_building_block_not_a_module()
    {
        Assert.True(ModuleRules.IsBuildingBlock(ModuleRules.Web));
        Assert.False(ModuleRules.IsModule(ModuleRules.Web));
    }

    [Fact]
    public void A_module_exposes_only_its_module_class()
    {
        foreach (var module in PlatformAssemblies.Modules())
        {
            var shortName = module.GetName().Name![ModuleRules.Prefix.Length..];
            var exported = module.GetExportedTypes().Select(t => t.Name).ToList();
            Assert.Equal([shortName + "Module"], exported);
        }
    }
}
