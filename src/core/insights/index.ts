export * from './beta.js';
export * from './diagnose.js';
export * from './funnel.js';
export * from './paths.js';
export * from './periods.js';
export * from './reference-rates.js';
export * from './remedies.js';
export { countOf, percent } from './wording.js';
