// Preloaded into a CLI child process by test/cli/hostile.test.ts: once a file named in
// REGIONRAPPORT_HANG_WRITES_TO (a regular expression on the path) gets its first bytes, every write to
// it waits forever, so the test can kill the process in the middle of writing the master.
const fs = require("node:fs");
const pattern = new RegExp(process.env.REGIONRAPPORT_HANG_WRITES_TO || "$^");
const open = fs.createWriteStream;
fs.createWriteStream = function (file, ...rest) {
  const stream = open.call(fs, file, ...rest);
  if (!pattern.test(String(file))) return stream;
  const write = stream._write.bind(stream);
  let first = true;
  // The first chunk reaches the disk, and the test is told; then no write ever calls back.
  stream._write = (chunk, encoding) => {
    if (!first) return;
    first = false;
    write(chunk, encoding, () => {
      fs.writeFileSync(process.env.REGIONRAPPORT_HANG_SIGNAL, "writing");
    });
  };
  return stream;
};
