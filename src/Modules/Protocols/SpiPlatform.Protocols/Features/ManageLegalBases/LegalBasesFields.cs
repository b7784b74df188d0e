using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.ManageLegalBases;

internal sealed class AddLegalBasisInputGraphType : InputObjectGraphType
{
    public AddLegalBasisInputGraphType()
    {
        Name = "AddLegalBasisInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("PascalCase letters and digits, unique, e.g. UkGdprArticle6E.");
        Field<NonNullGraphType<StringGraphType>>("nameEn");
        Field<NonNullGraphType<StringGraphType>>("nameCy");
        Field<NonNullGraphType<LegalBasisGroupGraphType>>("group");
    }
}

internal sealed class RetireLegalBasisInputGraphType : InputObjectGraphType
{
    public RetireLegalBasisInputGraphType()
    {
        Name = "RetireLegalBasisInput";
        Field<NonNullGraphType<StringGraphType>>("code");
        Field<NonNullGraphType<IntGraphType>>("version");
    }
}

/// <summary><c>legalBases</c> (anyone) and <c>addLegalBasis</c> / <c>retireLegalBasis</c> (the programme team).</summary>
internal static class LegalBasesFields
{
    public static void AddQuery(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalBasisGraphType>>>>("legalBases")
            .Description("The legal bases agreements and flows may cite, grouped and in list order; retired entries only when asked for.")
            .Argument<BooleanGraphType>("includeRetired", "Include entries the programme team retired (default false).")
            .ResolveAsync(async c =>
            {
                var includeRetired = c.GetArgument<bool?>("includeRetired") ?? false;
                var rows = await c.Service<ProtocolsDbContext>().LegalBases.AsNoTracking()
                    .Where(b => includeRetired || b.RetiredAt == null).ToListAsync(c.CancellationToken);
                return LegalBasisLaw.Ordered(rows).ToList();
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.AddCommand<LegalBasisGraphType, AddLegalBasisInputGraphType, LegalBasis>("addLegalBasis",
            "Add a legal basis to the list (the programme team); drafts are offered it at once.",
            c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return c.Service<ManageLegalBasesHandler>().AddAsync(
                    new AddLegalBasisInput(input.TextOf("code"), input.TextOf("nameEn"), input.TextOf("nameCy"), input.GetValueOrDefault("group") as LegalBasisGroup?),
                    c.User!, c.CancellationToken);
            });
        mutation.AddCommand<LegalBasisGraphType, RetireLegalBasisInputGraphType, LegalBasis>("retireLegalBasis",
            "Retire a legal basis (the programme team): drafts are no longer offered it; agreements that cite it keep it.",
            c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return c.Service<ManageLegalBasesHandler>().RetireAsync(new RetireLegalBasisInput(input.TextOf("code"), input.IntOf("version")), c.User!, c.CancellationToken);
            });
    }
}
