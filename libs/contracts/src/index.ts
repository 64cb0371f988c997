export * from './envelope/cloud-event';
export * from './errors/domain-error';
export * from './topics/topic-registry';
export * from './events/event-contract';
export * from './events/event-catalogue';
export * from './events/registration/carer-registered.v1';
export * from './events/provider/provider-event-rejected.v1';
export * from './events/platform/probe-recorded.v1';
