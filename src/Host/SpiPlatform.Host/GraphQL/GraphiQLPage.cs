namespace SpiPlatform.Host.GraphQL;

/// <summary>GraphiQL, with its scripts served from our own wwwroot (copied from npm at build time), never a CDN.</summary>
internal static class GraphiQLPage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>GraphiQL – SPI Platform API</title>
          <link rel="stylesheet" href="/lib/graphiql/graphiql.min.css">
          <link rel="stylesheet" href="/css/graphiql-page.css">
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="/lib/react/react.production.min.js"></script>
          <script src="/lib/react/react-dom.production.min.js"></script>
          <script src="/lib/graphiql/graphiql.min.js"></script>
          <script src="/js/graphiql-init.js"></script>
        </body>
        </html>
        """;

    public static IResult Render() => Results.Content(Html, "text/html; charset=utf-8");
}
