import { CarerRegistered } from '@carers/contracts';
import { RequestContexts } from '@carers/platform/observability';
import { Tx } from '@carers/platform/persistence';
import { ContractViolationError, Outbox } from './outbox';

class RecordingTx {
  readonly statements: { sql: string; params: unknown[] }[] = [];
  readonly tenantId = 'E06000019';
  async query(sql: string, params: unknown[] = []) {
    this.statements.push({ sql, params });
    return [];
  }
}

const data = {
  carerId: '7b0c8a53-7d4f-4c5e-9c55-0d6f3d1f2e11',
  kind: 'adult' as const,
  ageBand: '50-64' as const,
  registeredOn: '2026-11-22',
};

describe('Outbox.add', () => {
  it('writes a CloudEvents envelope with the tenant, correlation and trace, keyed by the aggregate', async () => {
    const tx = new RecordingTx();
    const ctx = RequestContexts.from({ correlationId: 'corr-7', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    const event = await RequestContexts.run(ctx, () =>
      new Outbox({ source: 'registration' }).add(tx as unknown as Tx, CarerRegistered, data.carerId, 1, data),
    );
    expect(event).toMatchObject({
      specversion: '1.0',
      type: CarerRegistered.type,
      source: 'registration',
      tenantid: 'E06000019',
      correlationid: 'corr-7',
      aggregateversion: 1,
      subject: data.carerId,
      data,
    });
    const [id, topic, key, type, payload, headers] = tx.statements[0].params as string[];
    expect([id, topic, key, type]).toEqual([event.id, 'registration.carer.v1', data.carerId, CarerRegistered.type]);
    expect(JSON.parse(payload)).toEqual(event);
    expect(JSON.parse(headers)).toMatchObject({
      ce_type: CarerRegistered.type,
      ce_id: event.id,
      tenantid: 'E06000019',
      traceparent: expect.stringMatching(/^00-0af7651916cd43dd8448eb211c80319c-/),
    });
  });

  it('refuses a payload that breaks the contract and writes nothing', async () => {
    const tx = new RecordingTx();
    await expect(
      new Outbox({ source: 'registration' }).add(tx as unknown as Tx, CarerRegistered, 'x', 1, { ...data, ageBand: 'ancient' as never }),
    ).rejects.toBeInstanceOf(ContractViolationError);
    expect(tx.statements).toHaveLength(0);
  });

  it('refuses an event with a field its published schema does not declare, so no code change adds personal data unnoticed', async () => {
    const tx = new RecordingTx();
    const withName = { ...data, familyName: 'Smith' } as typeof data;
    await expect(
      new Outbox({ source: 'registration' }).add(tx as unknown as Tx, CarerRegistered, data.carerId, 1, withName),
    ).rejects.toThrow(/data\.familyName: is not a field/);
    expect(tx.statements).toHaveLength(0);
  });
});
