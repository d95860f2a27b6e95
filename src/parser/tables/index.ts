// The three report tables and their checks, each defined once; everything else derives from these.
export * from './check-rules.js';
export * from './table-applications.js';
export * from './table-disclosure.js';
export * from './table-review.js';
export * from './template-year.js';
