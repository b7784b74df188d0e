using System.Reflection;

namespace SpiPlatform.ArchitectureTests;

public sealed class ModuleRulesTests
{
    [Fact]
    public void The_real_assemblies_follow_the_module_rules()
    {
        var violations = ModuleRules.Violations(PlatformAssemblies.Load().Select(a => new AssemblyNode(
            a.GetName().Name!, [.. a.GetReferencedAssemblies().Select(r => r.Name!)])));

        Assert.Empty(violations);
    }

    [Fact]
    public void Platform_assemblies_are_found_to_check()
    {
        var names = PlatformAssemblies.Load().Select(a => a.GetName().Name).ToList();

        Assert.Contains(ModuleRules.Host, names);
        Assert.Contains(ModuleRules.SharedKernel, names);
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
    [InlineData("SpiPlatform.Signatories.Contracts", "SpiPlatform.Signatories")]
    [InlineData("SpiPlatform.Metrics", "SpiPlatform.Host")]
    public void Forbidden_references_are_reported(string from, string to)
        => Assert.Single(ModuleRules.Violations([new(from, [to])]));

    [Fact]
    public void Modules_may_use_shared_kernel_and_contracts()
        => Assert.Empty(ModuleRules.Violations(
        [
            new("SpiPlatform.QualityAssurance", ["SpiPlatform.SharedKernel", "SpiPlatform.Protocols.Contracts"]),
            new("SpiPlatform.Protocols.Contracts", ["SpiPlatform.SharedKernel"]),
            new("SpiPlatform.Host", ["SpiPlatform.Protocols", "SpiPlatform.SharedKernel"]),
        ]));

    [Fact]
    public void A_module_exposes_only_its_module_class()
    {
        foreach (var module in PlatformAssemblies.Load().Where(a => ModuleRules.IsModule(a.GetName().Name!)))
        {
            var shortName = module.GetName().Name![ModuleRules.Prefix.Length..];
            var exported = module.GetExportedTypes().Select(t => t.Name).ToList();
            Assert.Equal([shortName + "Module"], exported);
        }
    }
}

internal static class PlatformAssemblies
{
    public static IReadOnlyList<Assembly> Load()
        => [.. Directory.GetFiles(AppContext.BaseDirectory, ModuleRules.Prefix + "*.dll")
            .Where(f => !Path.GetFileName(f).Contains("Tests", StringComparison.Ordinal) && !Path.GetFileName(f).Contains("TestKit", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f))];
}
