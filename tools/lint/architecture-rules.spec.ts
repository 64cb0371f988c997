import { spawnSync } from 'node:child_process';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('./architecture-rules.js');

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as any, ecmaVersion: 2022, sourceType: 'module' } });
const at = (path: string) => `/repo/apps/escalation/src/cases/${path}`;

describe('architecture rules as lint (ADR 0015)', () => {
  tester.run('no-unit-of-work-in-api', plugin.rules['no-unit-of-work-in-api'], {
    valid: [
      { filename: at('api/cases.controller.ts'), code: "import { PauseCaseHandler } from '../application/pause-case.handler';" },
      { filename: at('application/pause-case.handler.ts'), code: "import { UnitOfWork, Tx } from '@carers/platform/persistence';" },
    ],
    invalid: [
      {
        filename: at('api/cases.controller.ts'),
        code: "import { UnitOfWork } from '@carers/platform/persistence';",
        errors: [{ messageId: 'banned' }],
      },
      {
        filename: at('api/kpi.listener.ts'),
        code: "import { Tx, UnitOfWork } from '@carers/platform/persistence';",
        errors: [{ messageId: 'banned' }, { messageId: 'banned' }],
      },
    ],
  });

  tester.run('sql-in-infrastructure', plugin.rules['sql-in-infrastructure'], {
    valid: [
      { filename: at('infrastructure/sql-case.repository.ts'), code: "tx.query('SELECT 1');" },
      { filename: '/repo/apps/escalation/src/database/migrations/1-create.ts', code: 'qr.query(`CREATE TABLE t (id int)`);' },
      { filename: at('api/cases.controller.ts'), code: 'request.query({ a: 1 }); const q = req.query;' },
    ],
    invalid: [
      {
        filename: at('application/board-queries.ts'),
        code: 'tx.query(`SELECT * FROM performance_case`);',
        errors: [{ messageId: 'banned' }],
      },
      { filename: at('api/known-carers.controller.ts'), code: "this.dataSource.query('SELECT 1', []);", errors: [{ messageId: 'banned' }] },
    ],
  });

  tester.run('http-exceptions-in-api', plugin.rules['http-exceptions-in-api'], {
    valid: [
      { filename: at('api/cases.controller.ts'), code: "import { NotFoundException } from '@nestjs/common';" },
      { filename: at('application/x.handler.ts'), code: "import { Injectable } from '@nestjs/common';" },
    ],
    invalid: [
      {
        filename: at('application/kpi-catalogue.handler.ts'),
        code: "import { BadRequestException, Injectable } from '@nestjs/common';",
        errors: [{ messageId: 'banned' }],
      },
      { filename: at('domain/ladder.ts'), code: "import { HttpException } from '@nestjs/common';", errors: [{ messageId: 'banned' }] },
    ],
  });

  tester.run('role-suffix', plugin.rules['role-suffix'], {
    valid: [
      { filename: at('application/pause-case.handler.ts'), code: 'export {};' },
      { filename: at('application/case.repository.ts'), code: 'export {};' },
      { filename: at('infrastructure/sql-case.repository.ts'), code: 'export {};' },
      { filename: at('api/case.requests.ts'), code: 'export {};' },
      { filename: at('application/pause-case.handler.spec.ts'), code: 'export {};' },
      { filename: at('domain/ladder.ts'), code: 'export {};' },
    ],
    invalid: [
      { filename: at('application/escalation.ts'), code: 'export {};', errors: [{ messageId: 'missing' }] },
      { filename: at('application/cases.controller.ts'), code: 'export {};', errors: [{ messageId: 'missing' }] },
      { filename: at('infrastructure/typeorm-case.repository.ts'), code: 'export {};', errors: [{ messageId: 'missing' }] },
      { filename: at('api/scope-of.ts'), code: 'export {};', errors: [{ messageId: 'missing' }] },
    ],
  });

  it("is switched on for the services by the workspace's own lint configuration", () => {
    const root = join(__dirname, '../..');
    const lint = (path: string, code: string): string[] => {
      const run = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', path, '--format', 'json'], {
        cwd: root,
        input: code,
        encoding: 'utf8',
      });
      return (JSON.parse(run.stdout)[0].messages as { ruleId: string }[]).map((m) => m.ruleId);
    };
    expect(
      lint(
        'apps/escalation/src/things/api/things.controller.ts',
        "import { UnitOfWork } from '@carers/platform/persistence';\nexport const u = UnitOfWork;\n",
      ),
    ).toContain('carers/no-unit-of-work-in-api');
    expect(
      lint(
        'apps/registration/src/things/application/things.ts',
        "export const run = (tx: { query(s: string): void }) => tx.query('SELECT 1');\n",
      ),
    ).toEqual(expect.arrayContaining(['carers/sql-in-infrastructure', 'carers/role-suffix']));
    expect(
      lint(
        'apps/performance/src/things/application/things.handler.ts',
        "import { NotFoundException } from '@nestjs/common';\nexport const e = NotFoundException;\n",
      ),
    ).toContain('carers/http-exceptions-in-api');
  }, 90_000);
});
