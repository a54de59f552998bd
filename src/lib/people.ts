/** People quoted in press records: their statements in time order and their roles' periods, for person pages. */
import { comparePartialDates, formatPartialDate } from './dates.ts';

interface PressLike {
  id: string;
  data: { title: string; date: string; people: { person: { id: string }; role: string }[] };
}

export interface Statement {
  /** The press record's id. */
  id: string;
  title: string;
  date: string;
  /** The person's role as that release gives it. */
  role: string;
}

/** The press records that name a person, oldest first (ties by id, so the order is stable). */
export function statementsOf(press: readonly PressLike[], personId: string): Statement[] {
  const out: Statement[] = [];
  for (const p of press) {
    const named = p.data.people.find((x) => x.person.id === personId);
    if (named) out.push({ id: p.id, title: p.data.title, date: p.data.date, role: named.role });
  }
  return out.sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** A role's period as far as known: "2018–2024", "from 2018", "until 2024", or "" when neither end is known. */
export function formatPeriod(from?: string, to?: string): string {
  if (from && to) return `${formatPartialDate(from)}–${formatPartialDate(to)}`;
  if (from) return `from ${formatPartialDate(from)}`;
  if (to) return `until ${formatPartialDate(to)}`;
  return '';
}
