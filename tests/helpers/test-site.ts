/** Test builds say where they will be served: a reserved example domain, so no test build can carry localhost. */
export const TEST_SITE_URL = 'https://kb.example.org';
