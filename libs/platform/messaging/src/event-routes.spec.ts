import { CarerDeregistered, CarerRegistered, CloudEvent, KpiMeasured } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Delivery } from './delivery';
import { EventRoutes } from './event-routes';
import { TopicHandlers } from './inbox-processor';

const tx = { tenantId: 'E06000019' } as unknown as Tx;
let seq = 0;
const event = (type: string, data: object): { event: CloudEvent<any> } => ({
  event: {
    specversion: '1.0',
    id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    type,
    source: 'test',
    time: '2026-12-03T00:00:00Z',
    tenantid: 'E06000019',
    correlationid: 'c',
    data,
  } as CloudEvent<any>,
});
const registered = (carerId: string) => event(CarerRegistered.type, { carerId });
const deregistered = (carerId: string) => event(CarerDeregistered.type, { carerId });

describe('typed event dispatch (ADR 0015)', () => {
  it('applies a delivery in partition order across event types, and ignores types no route names', async () => {
    const seen: string[] = [];
    const routes = new EventRoutes()
      .on(CarerRegistered, (e) => void seen.push(`registered ${e.data.carerId}`))
      .on(CarerDeregistered, (e) => void seen.push(`deregistered ${e.data.carerId}`));
    await new Delivery([registered('a'), deregistered('a'), event('registration.carer.updated', {}), registered('b')], tx).dispatch(routes);
    expect(seen).toEqual(['registered a', 'deregistered a', 'registered b']);
  });

  it('gives a run of one type to a run handler in one call, keeping order with the events around it', async () => {
    const calls: string[][] = [];
    const routes = new EventRoutes()
      .onRun(CarerRegistered, (events) => void calls.push(events.map((e) => e.data.carerId)))
      .on(CarerDeregistered, (e) => void calls.push([`-${e.data.carerId}`]));
    await new Delivery([registered('a'), registered('b'), deregistered('a'), registered('c')], tx).dispatch(routes);
    expect(calls).toEqual([['a', 'b'], ['-a'], ['c']]);
  });

  it('runs the batch hooks once per delivery around its events, sharing one state per delivery', async () => {
    const trail: string[] = [];
    const routes = new EventRoutes(() => ({ touched: [] as string[] }))
      .before((events) => void trail.push(`lock ${events.length}`))
      .on(CarerRegistered, (e, _tx, batch) => void batch.touched.push(e.data.carerId))
      .after((_tx, batch) => void trail.push(`measure ${batch.touched.join(',')}`));
    await new Delivery([registered('a'), registered('b')], tx).dispatch(routes);
    await new Delivery([registered('c')], tx).dispatch(routes);
    expect(trail).toEqual(['lock 2', 'measure a,b', 'lock 1', 'measure c']);
  });

  it("lets a handler's error reach the caller as thrown, with no later event or hook applied", async () => {
    const trail: string[] = [];
    const refused = new Error('a domain rule');
    const routes = new EventRoutes()
      .on(CarerRegistered, (e) => {
        if (e.data.carerId === 'b') throw refused;
        trail.push(e.data.carerId);
      })
      .after(() => void trail.push('after'));
    await expect(new Delivery([registered('a'), registered('b'), registered('c')], tx).dispatch(routes)).rejects.toBe(refused);
    expect(trail).toEqual(['a']);
  });

  it('refuses, before anything runs, a route for an event that travels on another topic', () => {
    const routes = new EventRoutes().on(KpiMeasured, () => undefined);
    expect(() => new TopicHandlers().route(CarerRegistered.topic, routes, 'CarerListener.carerRoutes')).toThrow(
      /CarerListener\.carerRoutes routes performance\.kpi\.measured \(which travels on performance\.kpi-status\.v1\) from registration\.carer\.v1/,
    );
    expect(() => new EventRoutes().on(CarerRegistered, () => undefined).on(CarerRegistered, () => undefined)).toThrow(/routed twice/);
  });

  it('types each handler by the contract it names, so a handler for another event does not compile', () => {
    const kpiHandler = (e: CloudEvent<KpiMeasured>) => e.data.kpiId;
    // @ts-expect-error a KPI handler cannot be wired to a carer's registration
    const wrong = new EventRoutes().on(CarerRegistered, kpiHandler);
    expect(wrong.contracts).toEqual([CarerRegistered]);
  });
});
