import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source.factory';
import { databaseUrls, withDatabase } from './database-urls';
import { listen } from './listen';

const serverUrl = withDatabase(databaseUrls('persistence-proofs').migrations, 'postgres');

async function until<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('listening for notifications', () => {
  let dataSource: DataSource;
  let channel: string;
  const listeners = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE query = $1`, [`LISTEN ${channel}`]))[0].n);

  beforeEach(async () => {
    dataSource = await createDataSource({ url: serverUrl, applicationName: 'listen-proofs' }).initialize();
    channel = `proof_${randomBytes(4).toString('hex')}`;
  });
  afterEach(() => dataSource.destroy());

  it('listens again on a new connection when its session is ended, and hears what is sent after', async () => {
    const heard: string[] = [];
    const events: string[] = [];
    const stop = await listen(dataSource, channel, (payload) => heard.push(payload), {
      retryMs: 100, onConnectionLost: () => events.push('lost'), onReconnect: () => events.push('reconnected'),
    });
    try {
      await dataSource.query(`SELECT pg_notify($1, 'before')`, [channel]);
      await until(() => (heard.includes('before') ? true : undefined));
      await dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [`LISTEN ${channel}`]);
      await until(() => (events.includes('reconnected') ? true : undefined));
      await dataSource.query(`SELECT pg_notify($1, 'after')`, [channel]);
      await until(() => (heard.includes('after') ? true : undefined));
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
    await until(async () => ((await listeners()) === 0 ? true : undefined));
  });
});
