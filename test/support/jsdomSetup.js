// jsdom lacks ResizeObserver, which Fluent UI's TabList and Accordion observe; layout is not what these tests check.
if (typeof window !== "undefined" && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
