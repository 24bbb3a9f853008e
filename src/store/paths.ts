import { fileURLToPath } from 'node:url';

/** The package root: two levels above this file both in src/store and in dist/store. */
export const packageRoot: string = fileURLToPath(new URL('../../', import.meta.url));
