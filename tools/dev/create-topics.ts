// npm run topics: creates every topic in the contracts registry on KAFKA_BROKERS (used by docker compose too).
import { TOPIC_REGISTRY } from '@carers/contracts';
import { createKafka, ensureTopics, kafkaBrokers } from '@carers/platform/messaging';

ensureTopics(createKafka('create-topics', undefined, kafkaBrokers()), TOPIC_REGISTRY)
  .then((created) =>
    console.log(`topics on ${kafkaBrokers().join(',')}: ${created.length ? `created ${created.join(', ')}` : 'all present'}`),
  )
  .catch((error) => {
    console.error(`could not create the topics on ${kafkaBrokers().join(',')}: ${error.message}. Is the broker up? Set KAFKA_BROKERS.`);
    process.exit(1);
  });
