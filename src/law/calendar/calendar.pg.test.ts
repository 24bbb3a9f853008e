import { requireDatabaseUrl } from '../../store/index.js';
import { scheduleStoreSuite } from './test-support/schedule-store.shared.js';

requireDatabaseUrl(); // fails the file with a clear message when DATABASE_URL is not set
scheduleStoreSuite('postgres');
