// npm run provider:check -- messages.jsonl [--topic provider.monthly-return.v1]
// Checks a provider system's messages (one CloudEvents JSON value per line) as the platform will, and explains
// each refusal. Exit code 0 when every message would be accepted, 1 otherwise, 2 on a usage error.
import { readFileSync } from 'node:fs';
import { checkLines, describeVerdict } from './conformance';

const args = process.argv.slice(2);
const topicAt = args.indexOf('--topic');
const topic = topicAt >= 0 ? args[topicAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (topicAt < 0 || i !== topicAt + 1));
if (!file) {
  console.error('usage: npm run provider:check -- <messages.jsonl> [--topic <topic>]  (one message value per line)');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const verdicts = checkLines(text, topic);
for (const v of verdicts) console.log(describeVerdict(v));
const refused = verdicts.filter((v) => !v.accepted).length;
console.log(`\n${verdicts.length - refused} of ${verdicts.length} messages would be accepted${refused ? `; ${refused} refused (see above)` : ''}.`);
console.log('This checks the envelope, the schema, the bounds and the sender rule; whether the assessment or case exists is checked by the platform itself.');
process.exit(refused ? 1 : 0);
