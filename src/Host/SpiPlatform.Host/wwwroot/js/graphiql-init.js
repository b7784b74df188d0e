// Sends the staff cookie with each request (JSON POST, so the CSRF guard is satisfied).
(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'Accept': 'application/graphql-response+json' } });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: '{\n  platform { version }\n}\n' }));
})();
