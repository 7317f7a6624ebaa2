import { z } from 'zod/mini';

// zod compiles fast object parsers with `new Function`, which the Content-Security-Policy (no
// 'unsafe-eval') forbids and reports. Parse without it: the data here is small.
z.config({ jitless: true });
