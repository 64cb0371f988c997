import { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { EventRoutes, LISTENS, TopicHandlers } from '@carers/platform/messaging';

/** Every `@Listens(topic)` method of the service's providers, its routes checked against the topic and set on `handlers`. */
export function routeListeners(app: INestApplicationContext, handlers: TopicHandlers): void {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const topic = reflector.get<string | undefined>(LISTENS, prototype[method]);
      if (!topic) continue;
      const routes = (instance[method] as () => EventRoutes<unknown>).call(instance);
      handlers.route(topic, routes, `${prototype.constructor.name}.${method}`);
    }
  }
}
