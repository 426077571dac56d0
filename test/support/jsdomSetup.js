// jsdom lacks ResizeObserver, which Fluent UI's TabList and Accordion observe; layout is not what these tests check.
if (typeof window !== "undefined" && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Testing Library waits 1 s for an element by default; on a shared two-core machine a Fluent dialog
// can take longer to open, and a fixed short wait is what made these tests flaky. Waits still end as
// soon as the element is there.
if (typeof window !== "undefined") {
  // @testing-library/dom, not /react: requiring /react here would register its cleanup before afterEach exists.
  const { configure } = require("@testing-library/dom");
  configure({ asyncUtilTimeout: 15000 });
}

// jsdom 20 lacks TextEncoder/TextDecoder, which every browser the pane runs in has (the docx library writes with them).
if (typeof window !== "undefined" && typeof globalThis.TextEncoder === "undefined") {
  const { TextEncoder, TextDecoder } = require("node:util");
  globalThis.TextEncoder = TextEncoder;
  globalThis.TextDecoder = TextDecoder;
}
