// The whole journey in Polish (issue 17): support/journey-in-language.mjs says what is
// checked. The language is set before the support modules read the wording.
//
//   make dist && node --test tests/e2e/journey-in-polish.test.mjs

process.env.CC_TEST_LANGUAGE = 'pl';
await import('./support/journey-in-language.mjs');
