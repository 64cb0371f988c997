import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket, createSecureContext } from 'node:tls';
import { createDataSource } from './data-source.factory';

const openssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;

/**
 * Kubernetes gives the services `?sslmode=verify-full&sslrootcert=/etc/postgres-ca/ca.crt` (issue 21, finding 6).
 * Against a server that speaks only the start of the PostgreSQL protocol (it accepts SSLRequest, then TLS), this
 * proves the data source the services use checks the certificate against that CA and the host name, and is not
 * overridden by its own connection options.
 */
(openssl ? describe : describe.skip)('createDataSource with sslmode=verify-full', () => {
  let dir: string;
  let server: Server;
  let port: number;
  let handshakes = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'carers-tls-'));
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    run('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=test-postgres-ca');
    run('req', '-x509', ...ec, '-keyout', 'other.key', '-out', 'other.crt', '-days', '1', '-subj', '/CN=another-ca');
    run('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
    writeFileSync(join(dir, 'san.ext'), 'subjectAltName=DNS:localhost\n');
    run(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      'san.ext',
      '-out',
      'server.crt',
    );
    const secureContext = createSecureContext({ key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server.crt')) });
    server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => {
        socket.write('S'); // yes to the client's SSLRequest
        const tls = new TLSSocket(socket, { isServer: true, secureContext });
        tls.on('error', () => undefined);
        tls.on('secure', () => {
          handshakes += 1;
          tls.destroy();
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const connect = async (host: string, ca: string, sslmode = 'verify-full') => {
    const before = handshakes;
    const url = `postgres://registration_app:pw@${host}:${port}/carers_registration?sslmode=${sslmode}&sslrootcert=${join(dir, ca)}`;
    const error: Error = await createDataSource({ url })
      .initialize()
      .then(
        () => new Error('connected'),
        (e: Error) => e,
      );
    return { handshake: handshakes > before, error: error.message };
  };

  it('completes the TLS handshake with a server whose certificate the mounted CA signed for that host', async () => {
    expect(await connect('localhost', 'ca.crt')).toEqual({ handshake: true, error: expect.stringMatching(/terminated/i) });
  });

  it('refuses a server whose certificate another CA signed', async () => {
    expect(await connect('localhost', 'other.crt')).toEqual({ handshake: false, error: expect.stringMatching(/certificate/i) });
  });

  it('(where sslmode=no-verify, the setting before, accepted a certificate any CA signed)', async () => {
    expect(await connect('localhost', 'other.crt', 'no-verify')).toEqual({ handshake: true, error: expect.stringMatching(/terminated/i) });
  });

  it('refuses a server whose certificate does not name the host it was reached by', async () => {
    expect(await connect('127.0.0.1', 'ca.crt')).toEqual({ handshake: false, error: expect.stringMatching(/does not match|altnames/i) });
  });
});
