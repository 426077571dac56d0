/*
 * Jest's own order (slowest first, by the last run's timings), except that the tests that wait for the
 * shared production build (test/build, test/e2e; see build.ts) come last: the unit tests run while
 * webpack builds in the background, and nobody sits waiting for it while other work is left.
 */
"use strict";
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

const NEEDS_BUILD = [path.join("test", "build") + path.sep, path.join("test", "e2e") + path.sep];
const needsBuild = (test) => NEEDS_BUILD.some((dir) => test.path.includes(dir));

class BuildLastSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted.filter((t) => !needsBuild(t)), ...sorted.filter(needsBuild)];
  }
}

module.exports = BuildLastSequencer;
