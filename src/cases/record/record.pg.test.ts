import { requireDatabaseUrl } from '../../store/index.js';
import { recordSuite } from './test-support/record.shared.js';

requireDatabaseUrl(); // fails the file with a clear message when DATABASE_URL is not set
recordSuite('postgres');
