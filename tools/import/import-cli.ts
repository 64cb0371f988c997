// npm run import -- file.csv [--source charitylog] [--tenant E06000054] [--url http://localhost:3001] [--token <bearer>]
// Sends a register export to the registration service and shows progress (percentage and rows/s) until it is done.
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { DevIssuer } from '@carers/platform/auth';

const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

async function call(url: string, method: string, token: string, body?: unknown): Promise<any> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text}`);
  return text.startsWith('{') ? JSON.parse(text) : text;
}

function upload(url: string, token: string, file: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': statSync(file).size } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`the import was refused (${res.statusCode}): ${text}`)),
        );
      },
    );
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}

async function main() {
  const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (!file) {
    console.error(
      'usage: npm run import -- <file.csv> [--source charitylog] [--tenant E06000054] [--url http://localhost:3001] [--token <bearer>]',
    );
    process.exit(2);
  }
  const base = arg('url', process.env['REGISTRATION_URL'] ?? 'http://localhost:3001')!;
  const token =
    arg('token') ?? (await DevIssuer.open().sign({ role: 'council-officer', tenant: arg('tenant', 'E06000054')!, subject: 'import-cli' }));
  const job = await call(`${base}/imports`, 'POST', token, { source: arg('source', 'charitylog') });
  console.log(`import ${job.id}: sending ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
  const timer = setInterval(async () => {
    const p = await call(`${base}/imports/${job.id}`, 'GET', token).catch(() => undefined);
    if (p)
      process.stdout.write(
        `\r  ${String(p.percent ?? '?').padStart(3)}%  ${p.rowsRead} rows  ${p.rowsPerSecond} rows/s  accepted ${p.accepted}  refused ${p.rejected}  already there ${p.unchanged}   `,
      );
  }, 500);
  try {
    const done = await upload(`${base}/imports/${job.id}/file`, token, file);
    clearInterval(timer);
    console.log(
      `\r  100%  ${done.rowsRead} rows  ${done.rowsPerSecond} rows/s  accepted ${done.accepted}  refused ${done.rejected}  already there ${done.unchanged}   `,
    );
    if (done.rejected) {
      const report = `${file.replace(/\.csv$/i, '')}.refused.csv`;
      writeFileSync(report, await call(`${base}/imports/${job.id}/rejections.csv`, 'GET', token));
      console.log(
        `the refused rows (by row number in ${file}) and why are in ${report}; correct them in ${file} and import it again: rows already imported are skipped`,
      );
    }
  } finally {
    clearInterval(timer);
  }
}

main().catch((error) => {
  console.error(`\nimport failed: ${error.message}`);
  console.error('is the registration service running (npm start)? is the file a CSV with the columns in docs/import-format.md?');
  process.exit(1);
});
