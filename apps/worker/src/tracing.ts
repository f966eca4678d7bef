// First import of the worker's entry point: tracing must patch pg and ioredis before they are
// loaded. Relative path on purpose: `@app/platform` would load them first.
import { startTracing } from '../../../libs/platform/src/tracing/tracing';

startTracing('iso-dien-tu-worker');
