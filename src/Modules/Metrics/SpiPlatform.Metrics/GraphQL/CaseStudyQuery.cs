using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Metrics.Features.CaseStudies;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Metrics.GraphQL;

/// <summary><c>caseStudies</c> and <c>caseStudy(slug)</c>: public, like the pages (ADR 0015).</summary>
internal static class CaseStudyQuery
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseStudyGraphType>>>>("caseStudies")
            .Description("The evaluation case studies, in the evaluation's order. Public: no sign-in or scope needed.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CaseStudyReader>().ListAsync(c.CancellationToken));

        query.Field<CaseStudyGraphType>("caseStudy")
            .Description("One case study by its slug (as in /case-studies/{slug}); null with a NOT_FOUND error naming the argument when there is none. Public.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The case study's slug, e.g. hafan-lles (any case).")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                if (await c.RequestServices!.GetRequiredService<CaseStudyReader>().FindAsync(slug, c.CancellationToken) is { } found)
                {
                    return found;
                }
                var error = new ExecutionError($"There is no case study with the slug \"{slug}\".") { Code = ErrorCodes.NotFound };
                error.Extensions ??= new Dictionary<string, object?>();
                error.Extensions["field"] = "slug";
                c.Errors.Add(error);
                return null;
            });
    }
}
