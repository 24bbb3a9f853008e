import { recordSuite } from './test-support/record.shared.js';

recordSuite('pglite');
