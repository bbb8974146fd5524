// Runs in every test file's environment before the file itself (jest.config.js setupFiles).
//
// jest's node environment raises Error.stackTraceLimit to 100; Node's default, the one the action and the CLI run
// with, is 10. The YAML parser makes an Error for every problem it meets and the engine tests feed it thousands of
// broken files (test/hardening/mutations.test.ts: about a fifth of that file's CPU time went into capturing
// 100-frame stacks nobody reads). Failure messages still point at the failing line: it is within the first frames.
Error.stackTraceLimit = 10;
