import { DataSource } from 'typeorm';

/**
 * Calls `onPayload` with the payload of each notification on `channel` (PostgreSQL LISTEN, on a pooled connection
 * kept for it). Notifications arrive only once the transaction that sent them commits. Answers how to stop listening.
 */
export async function listen(dataSource: DataSource, channel: string, onPayload: (payload: string) => void): Promise<() => void> {
  const pool = (dataSource.driver as unknown as { master: { connect(): Promise<any> } }).master;
  const client = await pool.connect();
  client.on('notification', (n: { channel: string; payload?: string }) => {
    if (n.channel === channel && n.payload) onPayload(n.payload);
  });
  await client.query(`LISTEN ${channel}`);
  return () => client.release(true);
}
