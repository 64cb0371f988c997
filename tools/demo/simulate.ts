// The demo simulator on its own, against a platform already running on the demo clock (npm start runs it for you):
//   node tools/dev/run-ts.js tools/demo/simulate.ts [--carers 1200] [--speed 1]
// With CARERS_TODAY, CARERS_DAY_SECONDS and CARERS_CLOCK_ANCHOR set, it plays on the services' clock.
import { kafkaBrokers } from '@carers/platform/messaging';
import { demoClock, demoClockFromEnvironment, positiveOption, runDemo, urlsFromEnvironment } from './demo-run';

function main() {
  const stamp = () => new Date().toISOString().slice(11, 19);
  const env = process.env;
  const clock = demoClockFromEnvironment(env) ?? demoClock(positiveOption('speed', 1));
  runDemo({
    carers: positiveOption('carers', 1200),
    clock,
    urls: urlsFromEnvironment(),
    topicPrefix: env['KAFKA_TOPIC_PREFIX'],
    say: (m) => console.log(`[demo ${stamp()}] ${m}`),
  })
    .then(({ counts }) => {
      console.log(
        `[demo ${stamp()}] the demo year is over: ${counts.registered} carers, ${counts.requested} assessments, ${counts.providerEvents} provider reports (Kafka brokers ${kafkaBrokers().join(',')}).`,
      );
      process.exit(0);
    })
    .catch((error) => {
      console.error(
        `[demo] the simulator stopped: ${error.message}. Is the platform running (npm start -- --no-demo) and are the services on the demo clock?`,
      );
      process.exit(1);
    });
}

main();
