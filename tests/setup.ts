import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` wait 1 s by default: the whole app renders in well under that on a
// quiet machine, not always on a busy one. A wait that is longer only costs time on failure.
configure({ asyncUtilTimeout: 5_000 });

// Testing Library unmounts between tests only when globals are on; ours are not.
afterEach(() => {
  cleanup();
});
