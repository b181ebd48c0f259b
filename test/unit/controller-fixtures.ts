// Shared checks of controller unit tests: a request refused with a given code
// and message, and refused leaving the in-memory store exactly as it was.
import assert from 'node:assert/strict';
import { type Code, codeName, VxnetError } from '../../lib/errors.js';

export async function rejects(p: Promise<unknown>, code: Code, re?: RegExp): Promise<VxnetError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof VxnetError, `expected VxnetError, got ${String((err as Error).stack)}`);
    assert.equal(err.code, code, `code ${codeName(err.code)}: ${err.message}`);
    if (re) assert.match(err.message, re);
    assert.ok(!err.message.includes('\n'), `one line: ${err.message}`);
    return err;
  }
  assert.fail('expected a rejection');
}

export async function rejectsUnchanged(store: { snapshot(): unknown }, p: () => Promise<unknown>, code: Code, re?: RegExp): Promise<void> {
  const before = store.snapshot();
  await rejects(p(), code, re);
  assert.deepEqual(store.snapshot(), before);
}
