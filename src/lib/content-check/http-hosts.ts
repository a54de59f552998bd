/**
 * Hosts whose pages a record may cite over plain `http://`, each with the reason. Every other address must be
 * `https://`: a reader following a source should not be exposed to a page that anyone on the way can rewrite.
 * Add a host only when its page cannot be reached over https, and say why.
 */
export const HTTP_ONLY_HOSTS: Readonly<Record<string, string>> = {};
