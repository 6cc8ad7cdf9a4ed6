// The module boundaries of docs/architecture.md ("Rules the linter enforces"), checked on every
// `pnpm lint`. Each rule's name is what a failing lint prints; its comment says why the rule exists.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'resolvable',
      comment: 'An import the checker cannot follow is one whose boundaries nobody checks.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle means two files cannot be understood (or tested) one without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'contract-depends-on-nothing',
      comment: 'The contract is shared by the API, both SPAs and integrators: it imports nothing else of the repo.',
      severity: 'error',
      from: { path: '^packages/contract/' },
      to: { path: '^(apps|tests|packages/(?!contract/))' },
    },
    {
      name: 'packages-never-import-apps',
      comment: 'Packages are libraries: an app depends on them, never the other way round.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-never-import-each-other',
      comment: 'Apps meet over HTTP and the contract, so each can be built, deployed and replaced alone.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'spas-never-reach-the-server',
      comment:
        'The SPAs run in the browser: no database driver, Drizzle, Fastify, catalogue data, or the Node build of the log library.',
      severity: 'error',
      from: { path: '^apps/(citizen|officer)/src/' },
      // Bare names too: an unresolved `drizzle-orm` is still a server package.
      to: {
        path: '((^|node_modules/)(drizzle-orm|pg|fastify|@fastify|@electric-sql)(/|$)|^packages/catalogue/|^packages/tlog/src/node\\.ts$)',
      },
    },
    {
      name: 'spas-never-use-node',
      comment: 'Node built-ins do not exist in the browser.',
      severity: 'error',
      from: { path: '^apps/(citizen|officer)/src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'routes-call-use-cases',
      comment: 'Routes are HTTP wiring: they call use cases, which own the rules and the transactions.',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.(repository|table)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'use-cases-never-call-routes',
      comment: 'Layers point down: routes → use cases → repositories → tables.',
      severity: 'error',
      from: { path: '\\.usecases\\.ts$' },
      to: { path: '\\.routes\\.ts$' },
    },
    {
      name: 'use-cases-query-through-repositories',
      comment: 'A use case that touches a table directly hides a query from the repository that owns it.',
      severity: 'error',
      from: { path: '^apps/api/src/modules/.+\\.(usecases|routes)\\.ts$' },
      to: { path: '(\\.table\\.ts$|node_modules/drizzle-orm/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'repositories-point-down',
      comment: 'A repository answers queries; it never calls the layers that call it.',
      severity: 'error',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '\\.(usecases|routes|module)\\.ts$' },
    },
    {
      name: 'tables-are-leaves',
      comment: 'Tables describe the schema and nothing else.',
      severity: 'error',
      from: { path: '\\.table\\.ts$' },
      to: { path: '\\.(repository|usecases|routes|module)\\.ts$' },
    },
    {
      name: 'plugins-never-import-modules',
      comment: 'Infrastructure plugins are given what they need at wiring time (app.ts); they know no domain module.',
      severity: 'error',
      from: { path: '^apps/api/src/plugins/' },
      to: { path: '^apps/api/src/modules/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'one-change-record',
      comment: 'Only the changes module writes the audit log, the application history and the outbox.',
      severity: 'error',
      from: { path: '^apps/api/src/', pathNot: '^apps/api/src/(modules/changes/|db/schema\\.ts$)' },
      to: {
        path: '^apps/api/src/modules/changes/changes\\.(table|repository)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage|\\.test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.vue', '.json'],
    },
  },
}
