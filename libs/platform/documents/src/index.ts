export * from './formal-document';
export * from './html-document';
export * from './pdf-document';
