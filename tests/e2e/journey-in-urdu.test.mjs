// The whole journey in Urdu, right to left (issue 17): support/journey-in-language.mjs says
// what is checked. The language is set before the support modules read the wording.
//
//   make dist && node --test tests/e2e/journey-in-urdu.test.mjs

process.env.CC_TEST_LANGUAGE = 'ur';
await import('./support/journey-in-language.mjs');
