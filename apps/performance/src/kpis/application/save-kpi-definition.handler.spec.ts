import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { KpiDefinition } from '../domain/kpi-definition';
import { STARTER_CATALOGUE } from '../domain/starter-catalogue';
import { CommissioningRepository } from './commissioning.repository';
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
  const commissioning = {
    providers: async () => [{ id: 'vale-family-support', name: 'Vale', consortiumId: 'c', role: 'member' }],
    consortia: async () => [{ id: 'c', name: 'Consortium' }],
  } as unknown as CommissioningRepository;
  return { handler: new SaveKpiDefinitionHandler(uow, repository, commissioning), saved };
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

  it("takes a target and floor of its own for a member the council commissions, checked as the KPI's own are, and refuses one for anyone else (issue 19)", async () => {
    const waiting = STARTER_CATALOGUE.find((k) => k.id === 'waiting-list-size')!;
    const own = catalogue([{ ...waiting, version: 1 }]);
    const saved = await own.handler.execute({
      tenantId,
      definition: { ...waiting, providerTargets: [{ providerId: 'vale-family-support', target: 15, floor: 30 }] },
      by: 'officer',
      expectExisting: true,
    });
    expect(saved).toMatchObject({ version: 2, providerTargets: [{ providerId: 'vale-family-support', target: 15, floor: 30 }] });
    await expect(
      own.handler.execute({
        tenantId,
        definition: {
          ...waiting,
          providerTargets: [
            { providerId: 'nobody-we-know', target: 15, floor: 30 },
            { providerId: 'vale-family-support', target: 30, floor: 15 },
          ],
        },
        by: 'officer',
        expectExisting: true,
      }),
    ).rejects.toMatchObject({
      code: 'invalid-kpi',
      details: {
        violations: expect.arrayContaining([
          { field: 'providerTargets[1].floor', reason: 'for a lower-is-better KPI the floor cannot be below the target' },
          { field: 'providerTargets[0].providerId', reason: 'nobody-we-know is not a provider the council commissions' },
        ]),
      },
    });
  });
});
