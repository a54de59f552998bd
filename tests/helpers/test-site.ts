/** Test builds say where they will be served: a reserved example domain, so no test build can carry localhost. */
export const TEST_SITE_URL = 'https://kb.example.org';
/** The repository the root test build links to for "Edit this page" (a reserved example domain). */
export const TEST_REPO_URL = 'https://git.example.org/thb/kb';
