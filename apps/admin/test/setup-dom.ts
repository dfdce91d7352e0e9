/** The simulated DOM of the component tests: a clean page and storage after each test. */
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Pages load lazily and are compiled on first import: on a cold, busy machine that takes seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
