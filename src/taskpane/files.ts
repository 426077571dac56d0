/* FileReader rather than Blob.text()/arrayBuffer(): older Office webviews lack the latter. */

function read<T>(file: File, start: (reader: FileReader) => void, result: (reader: FileReader) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(result(reader));
    reader.onerror = () => reject(reader.error ?? new Error(`Kan inte läsa ${file.name}`));
    start(reader);
  });
}

export function readFileText(file: File): Promise<string> {
  return read(file, (r) => r.readAsText(file, "utf-8"), (r) => String(r.result));
}

export function readFileBytes(file: File): Promise<Uint8Array> {
  return read(file, (r) => r.readAsArrayBuffer(file), (r) => new Uint8Array(r.result as ArrayBuffer));
}

/** Lets React paint (a progress bar, a spinner) before the next piece of work blocks the thread. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
