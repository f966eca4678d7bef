// First import of the API's entry point: tracing must patch pg, ioredis, express and http before
// they are loaded. Relative path on purpose: `@app/platform` would load all of them first.
import { startTracing } from '../../../libs/platform/src/tracing/tracing';

startTracing('iso-dien-tu-api');
