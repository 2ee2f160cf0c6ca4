import { config } from 'zod/mini';

/**
 * zod compiles object checks with `new Function` when it may. Its probe for that runs on the first
 * object parse and, under the page's CSP (no eval), is reported as a securitypolicyviolation on every
 * page even though zod catches the error. Jitless mode skips the probe. zod/mini and zod share one
 * global config, so this one call covers both; main.tsx imports it before anything that imports zod.
 */
config({ jitless: true });
