using System.Reflection;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Host.GraphQL;

/// <summary>The host's own query fields; modules add theirs through <see cref="IGraphQLSchemaContributor"/>.</summary>
internal sealed class RootQuery : ObjectGraphType
{
    public RootQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<PlatformType>>("platform")
            .Description("The running platform.")
            .Resolve(_ => PlatformInfo.Current);
        Field<ViewerType>("viewer")
            .Description("Who the API thinks you are: your OAuth client or staff account, scopes and roles.")
            .RequireAuthenticated()
            .Resolve(context => context.User);
    }
}

internal sealed record PlatformInfo(string Version)
{
    public static PlatformInfo Current { get; } = new(
        typeof(PlatformInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");
}

internal sealed class PlatformType : ObjectGraphType<PlatformInfo>
{
    public PlatformType()
    {
        Name = "Platform";
        Field(p => p.Version).Description("The platform's release version.");
    }
}
