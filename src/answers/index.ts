// The answer engine's only door.
export * from './types.js';
export { createEngine, type Engine, type EngineOptions } from './engine.js';
