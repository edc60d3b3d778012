/**
 * For a test that starts a process (qms, Node, a browser, LibreOffice). Starting `qms` takes
 * about 1.2 s on two cores and several seconds when the machine is busy, so vitest's 5 s
 * default fails such tests by chance. A generous limit costs nothing when a test passes.
 * test/unit/main/scripts/process-test-timeouts.test.ts checks every such test has one.
 */
export const PROCESS_TEST_TIMEOUT_MS = 120_000;
