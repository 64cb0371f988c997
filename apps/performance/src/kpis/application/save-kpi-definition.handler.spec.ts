import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { KpiDefinition } from '../domain/kpi-definition';
import { STARTER_CATALOGUE } from '../domain/starter-catalogue';
import { PerformanceRepository } from './performance.repository';
import { SaveKpiDefinitionHandler } from './save-kpi-definition.handler';

const uow = { run: (tenantId: string, work: (tx: Tx) => unknown) => work({ tenantId } as Tx) } as unknown as UnitOfWork;

/** A catalogue in memory: the latest version of each KPI. */
function catalogue(definitions: KpiDefinition[]) {
  const saved: { d: KpiDefinition; by: string }[] = [];
  const repository = {
    definitions: async () => definitions,
    saveDefinition: async (_tx: Tx, d: KpiDefinition, by: string) => void saved.push({ d, by }),
  } as unknown as PerformanceRepository;
  return { handler: new SaveKpiDefinitionHandler(uow, repository), saved };
}

describe('saving a KPI definition', () => {
  const existing: Omit<KpiDefinition, 'version'> = STARTER_CATALOGUE.find((k) => k.id === 'assessment-commenced-14-days')!;
  const tenantId = 'E06000054';

  it('gives a new KPI version 1 and a changed one the next version, recording who changed it', async () => {
    const fresh = catalogue([]);
    expect(await fresh.handler.execute({ tenantId, definition: existing, by: 'officer', expectExisting: false })).toMatchObject({
      id: existing.id,
      version: 1,
    });
    const changed = catalogue([{ ...existing, version: 3 }]);
    expect(
      await changed.handler.execute({ tenantId, definition: { ...existing, target: 95 }, by: 'officer', expectExisting: true }),
    ).toMatchObject({ version: 4, target: 95 });
    expect(changed.saved.map((s) => [s.d.version, s.by])).toEqual([[4, 'officer']]);
  });

  it('refuses to create one that exists, or change one that does not', async () => {
    await expect(
      catalogue([{ ...existing, version: 1 }]).handler.execute({ tenantId, definition: existing, by: 'officer', expectExisting: false }),
    ).rejects.toMatchObject({ code: 'duplicate', message: `KPI ${existing.id} exists; change it with PUT /kpis/${existing.id}.` });
    await expect(
      catalogue([]).handler.execute({ tenantId, definition: existing, by: 'officer', expectExisting: true }),
    ).rejects.toMatchObject({ code: 'not-found', message: `There is no KPI ${existing.id}; create it with POST /kpis.` });
  });

  it('refuses an unsound definition with its violations, saving nothing', async () => {
    const { handler, saved } = catalogue([]);
    await expect(
      handler.execute({ tenantId, definition: { ...existing, breachRule: { kind: 'consecutive' } }, by: 'officer', expectExisting: false }),
    ).rejects.toMatchObject({
      code: 'invalid-kpi',
      details: { violations: [{ field: 'breachRule.months', reason: 'how many consecutive months' }] },
    });
    await expect(
      handler.execute({ tenantId, definition: { ...existing, floor: 99, target: 90 }, by: 'officer', expectExisting: false }),
    ).rejects.toMatchObject({ code: 'invalid-kpi' });
    expect(saved).toEqual([]);
  });
});
