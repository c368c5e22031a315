// The worker's first import, so the first thing a starting worker does: the core's wasm is
// fetched and compiled (streaming, off the main thread) while the rest of the worker is evaluated
// and its listeners registered. Nothing here waits for it; listeners await `core.ready()`.
import * as core from '../core.js';

core.ready().catch((e) => console.error('chatmedic: the core failed to load', e));
