// The house rules of ADR 0015 that a machine can check, as ESLint rules (the way twentyhq/twenty writes its
// architecture rules). Each has a test with a fixture that breaks it: tools/lint/architecture-rules.spec.ts.
const { basename } = require('node:path');

const layerOf = (filename) => filename.replace(/\\/g, '/').match(/\/(api|application|infrastructure|domain)\//)?.[1];

/** The role suffixes each layer's files may carry (ADR 0015). */
const ROLE_SUFFIXES = {
  api: ['.controller.ts', '.listener.ts', '.request.ts', '.requests.ts', '.response.ts', '.interceptor.ts'],
  application: ['.handler.ts', '.query.ts', '.repository.ts', '.port.ts', '.job.ts'],
  infrastructure: ['.repository.ts', '.adapter.ts'],
};
const TEST_FILES = ['.spec.ts', '.int-spec.ts', '.test-helpers.ts'];

const noUnitOfWorkInApi = {
  meta: {
    type: 'problem',
    docs: { description: 'Controllers and listeners call one handler; they never hold a transaction (ADR 0015).' },
    messages: { banned: '{{name}} in api/: call a handler or query, which owns the unit of work (ADR 0015).' },
    schema: [],
  },
  create(context) {
    if (layerOf(context.filename) !== 'api') return {};
    return {
      ImportSpecifier(node) {
        const name = node.imported.name ?? node.imported.value;
        if (name === 'Tx' || name === 'UnitOfWork') context.report({ node, messageId: 'banned', data: { name } });
      },
    };
  },
};

const sqlInInfrastructure = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL is written only in infrastructure/ adapters and migrations (ADR 0015).' },
    messages: { banned: 'SQL in {{where}}: move it to an infrastructure/sql-*.repository.ts adapter behind a port (ADR 0015).' },
    schema: [],
  },
  create(context) {
    const file = context.filename.replace(/\\/g, '/');
    if (/\/(infrastructure|migrations)\//.test(file)) return {};
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'query') return;
        const [sql] = node.arguments;
        if (sql && (sql.type === 'TemplateLiteral' || (sql.type === 'Literal' && typeof sql.value === 'string'))) {
          context.report({ node, messageId: 'banned', data: { where: layerOf(file) ? `${layerOf(file)}/` : basename(file) } });
        }
      },
    };
  },
};

const httpExceptionsInApi = {
  meta: {
    type: 'problem',
    docs: { description: 'HTTP exception classes belong to api/; other layers throw DomainError codes (ADR 0015).' },
    messages: { banned: '{{name}} outside api/: throw a DomainError with an ErrorCode; the error filter gives it its status (ADR 0015).' },
    schema: [],
  },
  create(context) {
    if (layerOf(context.filename) === 'api') return {};
    return {
      ImportDeclaration(node) {
        if (node.source.value !== '@nestjs/common') return;
        for (const s of node.specifiers) {
          const name = s.imported?.name;
          if (name && /Exception$/.test(name)) context.report({ node: s, messageId: 'banned', data: { name } });
        }
      },
    };
  },
};

const roleSuffix = {
  meta: {
    type: 'suggestion',
    docs: { description: "A file's name says its role: one suffix from its layer's list (ADR 0015)." },
    messages: { missing: '{{file}} in {{layer}}/ needs a role suffix: one of {{suffixes}} (ADR 0015).' },
    schema: [],
  },
  create(context) {
    const layer = layerOf(context.filename);
    const suffixes = ROLE_SUFFIXES[layer];
    if (!suffixes) return {};
    const file = basename(context.filename);
    if ([...suffixes, ...TEST_FILES].some((s) => file.endsWith(s))) {
      if (layer === 'infrastructure' && file.endsWith('.repository.ts') && !file.startsWith('sql-')) {
        return {
          Program: (node) =>
            context.report({ node, messageId: 'missing', data: { file, layer, suffixes: 'sql-<port>.repository.ts, .adapter.ts' } }),
        };
      }
      return {};
    }
    return { Program: (node) => context.report({ node, messageId: 'missing', data: { file, layer, suffixes: suffixes.join(', ') } }) };
  },
};

module.exports = {
  ROLE_SUFFIXES,
  meta: { name: 'carers-architecture' },
  rules: {
    'no-unit-of-work-in-api': noUnitOfWorkInApi,
    'sql-in-infrastructure': sqlInInfrastructure,
    'http-exceptions-in-api': httpExceptionsInApi,
    'role-suffix': roleSuffix,
  },
};
