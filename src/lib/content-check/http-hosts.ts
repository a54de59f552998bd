/**
 * Hosts whose pages a record may cite over plain `http://`, each with the reason. Every other address must be
 * `https://`: a reader following a source should not be exposed to a page that anyone on the way can rewrite.
 * Add a host only when its page cannot be cited over https, and say why.
 */

/** Older national, NGO and news sites whose pages were read, and are cited, at an http address; no https address of the same page is confirmed, and changing the scheme of an unconfirmed address could cite a page that does not exist. */
const AS_READ = 'page read at this http address; the same page over https is not confirmed';

export const HTTP_ONLY_HOSTS: Readonly<Record<string, string>> = {
  'agenda.ge': AS_READ,
  'antitraffic.government.bg': AS_READ,
  'antitrafficking.am': AS_READ,
  'blueblindfold.gov.ie': AS_READ,
  'cefni-relay.virtual.tibus.net': AS_READ,
  'demo.paragraf.rs': AS_READ,
  'eurodialogue.org': AS_READ,
  'gvnet.com': AS_READ,
  'kaarlo.marino.en-a.eu': AS_READ,
  'monitoruljuridic.ro': AS_READ,
  'nacionalnakomisija.gov.mk': AS_READ,
  'old.pog.gov.ge': AS_READ,
  'radar.bg': AS_READ,
  'stopvaw.org': AS_READ,
  'www.antitrafficking.gov.me': AS_READ,
  'www.aravot-en.am': AS_READ,
  'www.fena.ba': AS_READ,
  'www.friends-partners.org': AS_READ,
  'www.inmigracionclandestina.eu': AS_READ,
  'www.irtek.am': AS_READ,
  'www.ksmm.admin.ch': AS_READ,
  'www.lamoncloa.gob.es': AS_READ,
  'www.mup.gov.rs': AS_READ,
  'www.myria.be': AS_READ,
  'www.romaniapress.com': AS_READ,
  'www.stopvaw.org': AS_READ,
  'www.strada.cz': AS_READ,
  'www.strategy.bg': AS_READ,
};
