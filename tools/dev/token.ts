import { DevIssuer, Role, ROLES } from '@carers/platform/auth';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const role = arg('role') as Role | undefined;
  const tenant = arg('tenant') ?? 'E06000054';
  if (!role || !ROLES.includes(role)) {
    console.error(`usage: npm run token -- --role <${ROLES.join('|')}> --tenant <GSS code> [--provider <id>] [--subject <id>]`);
    process.exit(2);
  }
  console.log(await DevIssuer.open().sign({ role, tenant, providerId: arg('provider'), subject: arg('subject') }));
}

main().catch((error) => {
  console.error(`could not make a token: ${error.message}`);
  process.exit(1);
});
