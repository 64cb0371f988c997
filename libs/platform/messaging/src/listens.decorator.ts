import { SetMetadata } from '@nestjs/common';

export const LISTENS = 'carers:listens';

/**
 * Marks a listener's method as the routes for one topic (or per-provider topic family): the method returns
 * the `EventRoutes` that apply its events. Read once when the service starts (ADR 0015).
 */
export const Listens = (topic: string): MethodDecorator => SetMetadata(LISTENS, topic);
