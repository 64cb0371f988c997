export * from './test-databases';
export * from './test-topics';
export * from './tokens';
export * from './service-under-test';
export * from './platform-conformance';
export * from './probe/probe-service';
export * from './probe/probe-process';
export * from './authorisation-matrix';
