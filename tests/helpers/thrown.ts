/** What a call throws, for tests that look into the error: the test fails when it throws nothing. */
import { expect } from 'vitest';

export function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  expect.unreachable('expected the call to throw');
}
