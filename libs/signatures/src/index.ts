export * from './certificates';
export * from './cms';
export * from './pdf-prepare';
export * from './pdf-scan';
export * from './signing-provider';
export * from './verify';
