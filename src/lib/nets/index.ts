/** The lab nets' architecture description, registries, validation and lab set-ups. */
export * from './shortcuts';
export * from './placements';
export * from './spec';
export * from './validate';
export * from './lab';
