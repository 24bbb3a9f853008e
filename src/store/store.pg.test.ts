import { requireDatabaseUrl } from './index.js';
import { storeSuite } from './test-support/store.shared.js';

requireDatabaseUrl(); // fails the file with a clear message when DATABASE_URL is not set
storeSuite('postgres');
