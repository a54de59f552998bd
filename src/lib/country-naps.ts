/**
 * The National Action Plans of each country, grouped once: the countries table, the country profiles and the maps
 * all ask this module instead of filtering every plan for every country.
 */

/** What grouping needs to know of a plan: its country. Records keep the site's order (newest plan first). */
interface PlanOfCountry {
  data: { country: { id: string } };
}

/** Plans by country id, each list in the order given. Countries without a plan have no entry. */
export function napsByCountry<N extends PlanOfCountry>(naps: readonly N[]): Map<string, N[]> {
  const byCountry = new Map<string, N[]>();
  for (const nap of naps) {
    const list = byCountry.get(nap.data.country.id);
    if (list) list.push(nap);
    else byCountry.set(nap.data.country.id, [nap]);
  }
  return byCountry;
}

/** The plans of one country, in the order given (empty when none is documented). */
export function napsOfCountry<N extends PlanOfCountry>(naps: readonly N[], countryId: string): N[] {
  return naps.filter((n) => n.data.country.id === countryId);
}
