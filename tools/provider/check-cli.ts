// npm run provider:check -- messages.jsonl --provider vale-family-support [--councils E06000054] [--topic provider.monthly-return.v1]
// Checks a provider system's messages (one CloudEvents JSON value per line) as the platform will when that
// provider sends them, and explains each refusal. Exit code 0 when every message would be accepted, 1 otherwise,
// 2 on a usage error.
import { readFileSync } from 'node:fs';
import { GSS_CODE, PROVIDER_ID } from '@carers/contracts';
import { checkLines, describeVerdict } from './conformance';

const USAGE =
  'usage: npm run provider:check -- <messages.jsonl> --provider <your provider id> [--councils <GSS code>,...] [--topic <topic family>]  (one message value per line)';
const args = process.argv.slice(2);
const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const optionValues = new Set(['--topic', '--provider', '--councils'].map((o) => args.indexOf(o) + 1).filter((i) => i > 0));
const file = args.find((a, i) => !a.startsWith('--') && !optionValues.has(i));
const providerId = option('--provider');
const councils = option('--councils')
  ?.split(',')
  .map((c) => c.trim());
const topic = option('--topic');
if (!file || !providerId) {
  console.error(USAGE);
  process.exit(2);
}
if (!PROVIDER_ID.test(providerId)) {
  console.error(
    `--provider must be your provider id (your Kafka user's name: lower-case letters, digits and hyphens), not ${JSON.stringify(providerId)}`,
  );
  process.exit(2);
}
if (councils?.some((c) => !GSS_CODE.test(c))) {
  console.error(`--councils takes the councils' GSS codes, such as E06000054, separated by commas`);
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const verdicts = checkLines(text, { providerId, councils }, topic);
for (const v of verdicts) console.log(describeVerdict(v));
const refused = verdicts.filter((v) => !v.accepted).length;
console.log(
  `\n${verdicts.length - refused} of ${verdicts.length} messages would be accepted${refused ? `; ${refused} refused (see above)` : ''}.`,
);
console.log(
  `This checks the envelope, the schema, the bounds, the sender rule${councils ? ' and the councils' : ' (give --councils to check the councils too)'}; whether the assessment or case exists is checked by the platform itself.`,
);
process.exit(refused ? 1 : 0);
