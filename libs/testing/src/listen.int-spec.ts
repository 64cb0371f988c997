import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, databaseUrls, listen, withDatabase } from '@carers/platform/persistence';
import { eventually } from './service-under-test';

const serverUrl = withDatabase(databaseUrls('listen-proofs').migrations, 'postgres');

describe('listening for notifications', () => {
  let dataSource: DataSource;
  let channel: string;
  const listeners = async () =>
    Number((await dataSource.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE query = $1`, [`LISTEN ${channel}`]))[0].n);

  beforeEach(async () => {
    dataSource = await createDataSource({ url: serverUrl, applicationName: 'listen-proofs' }).initialize();
    channel = `proof_${randomBytes(4).toString('hex')}`;
  });
  afterEach(() => dataSource.destroy());

  it('listens again on a new connection when its session is ended, and hears what is sent after', async () => {
    const heard: string[] = [];
    const events: string[] = [];
    const stop = await listen(dataSource, channel, (payload) => heard.push(payload), {
      retryMs: 100,
      onConnectionLost: () => events.push('lost'),
      onReconnect: () => events.push('reconnected'),
    });
    try {
      await dataSource.query(`SELECT pg_notify($1, 'before')`, [channel]);
      await eventually(async () => (heard.includes('before') ? true : undefined));
      await dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [`LISTEN ${channel}`]);
      await eventually(async () => (events.includes('reconnected') ? true : undefined));
      await dataSource.query(`SELECT pg_notify($1, 'after')`, [channel]);
      await eventually(async () => (heard.includes('after') ? true : undefined));
      expect(events).toEqual(['lost', 'reconnected']);
      expect(await listeners()).toBe(1);
    } finally {
      stop();
    }
  });

  it('lets go of its connection when told to stop', async () => {
    const stop = await listen(dataSource, channel, () => undefined);
    expect(await listeners()).toBe(1);
    stop();
    await eventually(async () => ((await listeners()) === 0 ? true : undefined));
  });
});
