import { CouncilClosureDayAdded, EventContract } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { AddBankHolidayHandler } from './add-bank-holiday.handler';
import { BankHoliday, ClockPolicyRepository, Timescale } from './clock-policy.repository';

const TENANT = 'E06000054';
const uow = { run: (tenantId: string, work: (tx: Tx) => Promise<unknown>) => work({ tenantId } as Tx) } as unknown as UnitOfWork;

class InMemoryPolicy extends ClockPolicyRepository {
  readonly days = new Map<string, string>();
  async timescales(): Promise<Timescale[]> {
    return [];
  }
  async bankHolidays(): Promise<BankHoliday[]> {
    return [...this.days].map(([day, name]) => ({ day, name }));
  }
  async setTimescale(): Promise<void> {
    return undefined;
  }
  async addBankHoliday(_: Tx, h: BankHoliday): Promise<void> {
    this.days.set(h.day, h.name);
  }
  async removeBankHoliday(_: Tx, day: string): Promise<boolean> {
    return this.days.delete(day);
  }
}

class RecordingOutbox {
  readonly added: { type: string; key: string; tenantId: string; data: object }[] = [];
  async add(tx: Tx, contract: EventContract, aggregateId: string, _version: number, data: object, key = aggregateId) {
    this.added.push({ type: contract.type, key, tenantId: tx.tenantId, data });
  }
}

describe('AddBankHolidayHandler', () => {
  it("keeps the council's closure day and announces it, keyed by council and day on a compacted register, for escalation and the board (ADR 0017)", async () => {
    const policy = new InMemoryPolicy();
    const outbox = new RecordingOutbox();
    await new AddBankHolidayHandler(uow, policy, outbox as unknown as Outbox).execute({
      tenantId: TENANT,
      day: '2026-11-19',
      name: 'Council closure',
    });
    expect(await policy.bankHolidays()).toEqual([{ day: '2026-11-19', name: 'Council closure' }]);
    expect(outbox.added).toEqual([
      {
        type: CouncilClosureDayAdded.type,
        key: `${TENANT}|2026-11-19`,
        tenantId: TENANT,
        data: { day: '2026-11-19', description: 'Council closure' },
      },
    ]);
  });
});
