using GraphQL.Types;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>
/// Lets a module add fields to another module's object type (e.g. QA adds <c>qa</c> to <c>Agreement</c>) without
/// seeing its classes. The owning graph type applies every extension registered for its name, passing a function
/// that gives the id of its source object. Register with <c>services.AddSingleton&lt;IObjectTypeExtension, ...&gt;()</c>.
/// </summary>
public interface IObjectTypeExtension
{
    /// <summary>The GraphQL name of the type extended.</summary>
    string TypeName { get; }

    /// <summary>Adds the fields; <paramref name="idOf"/> gives the id of a resolved source object.</summary>
    void Extend(IObjectGraphType type, Func<object, Guid> idOf);
}
