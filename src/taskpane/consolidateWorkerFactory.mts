/**
 * The Worker, as webpack 5 bundles it: `new Worker(new URL(…, import.meta.url))` makes the worker's own
 * chunk. Loaded only through import() where Worker exists (never in jest, whose CommonJS lacks import.meta).
 */
export function createConsolidateWorker(): Worker {
  return new Worker(new URL("./consolidate.worker.ts", import.meta.url));
}
