// Public entry of the server module: other modules import only from this file.
export { buildServer, DEFAULT_WEB_ROOT } from './app.js';
export type { ServerOptions, YibaoServer } from './app.js';
export type { ServerDb, Sql } from './db.js';
export { ApiError } from './errors.js';
export { hashPassword, verifyPassword, randomPassword } from './password.js';
export { createDemoAccounts, upsertAccount, ensureJurisdictions, DEMO_ACCOUNTS, DEMO_JURISDICTION } from './users.js';
export type { NewAccount } from './users.js';
export { JURISDICTIONS, within, jurisdictionOfName } from './jurisdictions.js';
export { SERVER_ROLES, ROLE_PERMISSIONS, can } from './roles.js';
export { serve, buildWeb } from './serve.js';
export type { ServeOptions } from './serve.js';
export { importSeedCatalogs } from './seed.js';
