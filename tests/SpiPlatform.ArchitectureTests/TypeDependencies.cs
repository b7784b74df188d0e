using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SpiPlatform.ArchitectureTests;

/// <summary>A top-level type and every type it uses, by full name (nested types count as their outermost type).</summary>
public sealed record TypeUses(string Type, IReadOnlyCollection<string> Uses);

/// <summary>
/// Reads, with Mono.Cecil, the types each type of an assembly depends on: base type, interfaces, attributes,
/// fields, properties, events, signatures, locals and every type, method or field its IL refers to. Lambdas,
/// iterators and async methods compile to nested types, so nested types count as part of their outer type.
/// </summary>
internal static class TypeDependencies
{
    public static IReadOnlyList<TypeUses> Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return [.. module.Types.Where(t => t.Name != "<Module>").Select(t =>
        {
            var uses = new HashSet<string>(StringComparer.Ordinal);
            Walk(t, uses);
            uses.Remove(t.FullName);
            return new TypeUses(t.FullName, uses);
        })];
    }

    private static void Walk(TypeDefinition type, HashSet<string> uses)
    {
        Add(type.BaseType, uses);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType, uses));
        Attributes(type, uses);
        GenericConstraints(type, uses);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, uses);
            Attributes(field, uses);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, uses);
            Attributes(property, uses);
        }
        type.Events.ToList().ForEach(e => Add(e.EventType, uses));
        type.Methods.ToList().ForEach(m => Method(m, uses));
        type.NestedTypes.ToList().ForEach(n => Walk(n, uses));
    }

    private static void Method(MethodDefinition method, HashSet<string> uses)
    {
        Signature(method, uses);
        Attributes(method, uses);
        GenericConstraints(method, uses);
        if (!method.HasBody)
        {
            return;
        }
        method.Body.Variables.ToList().ForEach(v => Add(v.VariableType, uses));
        method.Body.ExceptionHandlers.ToList().ForEach(h => Add(h.CatchType, uses));
        foreach (var instruction in method.Body.Instructions)
        {
            Operand(instruction, uses);
        }
    }

    private static void Operand(Instruction instruction, HashSet<string> uses)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                Add(type, uses);
                break;
            case MethodReference method:
                Add(method.DeclaringType, uses);
                Signature(method, uses);
                if (method is GenericInstanceMethod generic)
                {
                    generic.GenericArguments.ToList().ForEach(a => Add(a, uses));
                }
                break;
            case FieldReference field:
                Add(field.DeclaringType, uses);
                Add(field.FieldType, uses);
                break;
        }
    }

    private static void Signature(IMethodSignature method, HashSet<string> uses)
    {
        Add(method.ReturnType, uses);
        method.Parameters.ToList().ForEach(p => Add(p.ParameterType, uses));
    }

    private static void Attributes(ICustomAttributeProvider provider, HashSet<string> uses)
        => provider.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType, uses));

    private static void GenericConstraints(IGenericParameterProvider provider, HashSet<string> uses)
        => provider.GenericParameters.SelectMany(g => g.Constraints).ToList().ForEach(c => Add(c.ConstraintType, uses));

    private static void Add(TypeReference? type, HashSet<string> uses)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, uses);
                generic.GenericArguments.ToList().ForEach(a => Add(a, uses));
                return;
            case TypeSpecification specification:
                Add(specification.ElementType, uses);
                return;
        }
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        uses.Add(type.FullName);
    }
}
