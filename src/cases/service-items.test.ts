// The seed-item suite (testing/service-items.shared.ts) on PGlite.
import { serviceItemSuite } from './testing/service-items.shared.js';

serviceItemSuite('pglite');
