import { createJobHost, type JobReply, type JobRequest } from "./consolidateJob";
import { readFileBytes } from "./files";
import { loadWorkerFactory, loadXlsxReader, loadXlsxWriter } from "./lazyViews";

/**
 * The pane's side of the consolidation job: a Web Worker where the browser has one, else the same job
 * inline (jsdom in the tests, an old webview), its replies delivered a task later as a worker's would be.
 * `cancel` ends the worker; the next request starts a fresh one.
 */
export interface ConsolidateRunner {
  send(request: JobRequest, onReply: (reply: JobReply) => void): void;
  cancel(): void;
  /** "worker" or "inline", once a request has been sent. */
  readonly mode: "worker" | "inline" | "none";
}

export function createRunner(options: { inline?: boolean } = {}): ConsolidateRunner {
  let worker: Promise<Worker | null> | null = null;
  let listener: ((reply: JobReply) => void) | null = null;
  let generation = 0;
  let mode: ConsolidateRunner["mode"] = "none";
  let inlineHost: ReturnType<typeof createJobHost> | null = null;

  const inline = () => {
    mode = "inline";
    if (!inlineHost) {
      const mine = generation;
      inlineHost = createJobHost(
        (reply) => setTimeout(() => mine === generation && listener?.(reply), 0),
        async (file, bytes, fileDate) => (await loadXlsxReader()).consolidationInput(file, bytes, fileDate),
        async (data) => (data instanceof Uint8Array ? data : readFileBytes(data as File)),
        loadXlsxWriter
      );
    }
    return inlineHost;
  };

  const start = (): Promise<Worker | null> => {
    if (options.inline || typeof Worker === "undefined") return Promise.resolve(null);
    return loadWorkerFactory()
      .then((m) => {
        const w = m.createConsolidateWorker();
        w.onmessage = (event: MessageEvent<JobReply>) => listener?.(event.data);
        // Without a message of its own, the view says it in the pane's language (workerFailed).
        w.onerror = (event) => listener?.({ kind: "error", message: event.message || "" });
        mode = "worker";
        return w;
      })
      .catch(() => null);
  };

  return {
    get mode() {
      return mode;
    },
    send(request, onReply) {
      listener = onReply;
      worker ??= start();
      void worker.then((w) => {
        if (w) w.postMessage(request);
        else void inline().handle(request);
      });
    },
    cancel() {
      generation++;
      listener = null;
      inlineHost = null;
      const old = worker;
      worker = null;
      void old?.then((w) => w?.terminate());
    },
  };
}
