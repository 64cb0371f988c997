export * from './database-urls';
export * from './database-provisioning';
export * from './tx';
export * from './unit-of-work';
export * from './tenant-rls';
export * from './data-source.factory';
export * from './migrate';
export * from './listen';
