// Test support shared with other modules' tests (the server's HTTP attack tests): the attack
// table, test parties with valid identity numbers, clocks and the cast of a jurisdiction.
export { ATTACKS, ATTACK_USERS, type Attack, type AttackStep, type AttackInput } from './attacks.js';
export { testOrganisation, testPerson, testResponsiblePerson, testCreditCode, testIdNumber } from './parties.js';
export { clock, runToEnd } from './scenarios.js';
export { ensureTestStaff } from './cast.js';
export { attachment, reviewPoints } from './support.js';
export { ON_SITE_ATTACKS, ON_SITE_WALK, collectionTestRules } from './attacks-collection.js';
