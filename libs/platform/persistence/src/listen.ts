import { DataSource } from 'typeorm';

interface ListeningClient {
  on(event: 'notification', listener: (n: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', listener: (error?: Error) => void): void;
  query(sql: string): Promise<unknown>;
  release(destroy?: boolean): void;
}

export interface ListenOptions {
  /** Called when the connection was lost and listening again: notifications sent meanwhile were missed. */
  onReconnect?: () => void;
  onConnectionLost?: (error: Error | undefined) => void;
  retryMs?: number;
}

/**
 * Calls `onPayload` with the payload of each notification on `channel` (PostgreSQL LISTEN, on a pooled connection
 * kept for it). Notifications arrive only once the transaction that sent them commits. If the connection is lost
 * (the server restarted, the session was ended) it listens again on a new one, retrying until it can.
 * Answers how to stop listening.
 */
export async function listen(
  dataSource: DataSource,
  channel: string,
  onPayload: (payload: string) => void,
  options: ListenOptions = {},
): Promise<() => void> {
  const pool = (dataSource.driver as unknown as { master: { connect(): Promise<ListeningClient> } }).master;
  const retryMs = options.retryMs ?? 1000;
  let releaseCurrent: (() => void) | undefined;
  let retry: NodeJS.Timeout | undefined;
  let listening = false;
  let stopped = false;

  const schedule = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(() => options.onReconnect?.(), schedule);
    }, retryMs);
  };

  const connect = async () => {
    const client = await pool.connect();
    let lost = false;
    const drop = () => {
      if (lost) return false;
      lost = true;
      if (releaseCurrent === release) releaseCurrent = undefined;
      client.release(true);
      return true;
    };
    const release = () => void drop();
    const onLost = (error?: Error) => {
      if (drop() && listening && !stopped) {
        options.onConnectionLost?.(error);
        schedule();
      }
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (n) => {
      if (n.channel === channel && n.payload) onPayload(n.payload);
    });
    try {
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      drop();
      throw error;
    }
    if (stopped) return void drop();
    releaseCurrent = release;
    listening = true;
  };

  await connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    releaseCurrent?.();
  };
}
