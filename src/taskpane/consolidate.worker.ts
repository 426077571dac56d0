import { createJobHost, type JobReply, type JobRequest } from "./consolidateJob";
import { loadXlsxReader, loadXlsxWriter } from "./lazyViews";

/* The Web Worker: the job in consolidateJob.ts, its replies posted back to the pane. */
const scope = self as unknown as { postMessage(reply: JobReply): void; onmessage: ((event: MessageEvent<JobRequest>) => void) | null };
const host = createJobHost(
  (reply) => scope.postMessage(reply),
  async (file, bytes, fileDate) => (await loadXlsxReader()).consolidationInput(file, bytes, fileDate),
  undefined,
  loadXlsxWriter
);
scope.onmessage = (event) => void host.handle(event.data);
