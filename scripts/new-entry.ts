/**
 * `npm run new -- <collection> <id>`: writes a record template with every field an editor fills in,
 * then `npm run lint:content` says what is still missing. Example: npm run new -- naps md-2024-2027
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { ID_PATTERN } from '../src/schemas/fields.ts';
import { MONITORED_THEMES } from '../src/schemas/naps.ts';
import { ACTOR_KINDS, ASSESSMENT_KINDS, PRACTICE_SCOPES, PRACTICE_STATUSES, SECTORS } from '../src/schemas/practice-vocab.ts';

const today = new Date().toISOString().slice(0, 10);
const common = `sources:
  - publisher: ""        # who published it; official source first
    title: ""
    url: https://
    date: ""             # "2021", "2021-11" or "2021-11-16": only what you know
verification:
  status: unverified     # "verified" once every fact is checked against the sources
  checked: "${today}"
  note: ""`;

const templates: Record<string, string> = {
  convention: `number: 0
title: ""                # the official short title
chapter: ""              # roman numeral in lower case, e.g. iii
summary: ""              # one to three sentences, our own words, under 300 characters
themes: []
obligations:
  - paragraph: ""        # e.g. "12(1)(b)"
    strength: shall      # shall | shall-consider | may | defines
    text: ""
relatedArticles: []
gretaRounds: []
officialText: https://www.coe.int/en/web/anti-human-trafficking/anti-trafficking-convention`,
  commitments: `symbol: ""                # e.g. MC.DEC/6/17; the file name is the symbol in kebab-case
title: ""
body: ministerial-council # ministerial-council | permanent-council | summit
kind: decision            # decision | declaration | action-plan | addendum
adopted: ""               # partial date
venue: ""
summary: ""
themes: []
url: https://
articles: []              # Convention articles of the document as a whole: { article: article-10, part: "", basis: own-reading } (see the content guide)
provisions:
  - ref: ""               # as in the document: "III.1.2" or "3"
    summary: ""
    themes: []
    articles: []          # this paragraph's: { article: article-10, paragraph: "2", basis: commentary, source: https://… }`,
  naps: `country: ""              # ISO alpha-2 in lower case
title: ""
titleOriginal: ""
period: { from: 2024, to: 2027 }
adopted: ""
coordinator: ""
rapporteur: { exists: unknown, independent: unknown }
budget: { dedicated: unknown }
monitoring: { framework: unknown, indicators: unknown, evaluationPublished: unknown }
victimSupportUnconditional: unknown
coverage:
${MONITORED_THEMES.map((t) => `  - { theme: ${t}, status: unknown, note: "" }`).join('\n')}
summary: ""`,
  practices: `title: ""                 # short and descriptive, our own words
summary: ""               # one line: what it does, 20-300 characters, our own words
countries: []             # ISO alpha-2 in lower case; a multi-country practice lists each
scope: national           # ${PRACTICE_SCOPES.join(' | ')}
themes: []                # two to five ids from content/data/themes.yaml
actors:
  - { name: "", kind: government }   # kind: ${ACTOR_KINDS.join(' | ')}
status: unknown           # ${PRACTICE_STATUSES.join(' | ')}
# organisations: []       # ids from content/data/organisations.yaml, only if the body is there
# sectors: []             # where relevant: ${SECTORS.join(' | ')}
# period: { from: 2020 }  # years; leave \`to\` out while ongoing
# targetGroups: []        # short plain phrases, e.g. "migrant workers"
# assessments:            # who says it works (never the government's own description); leave out if none was found
#   - by: "GRETA"
#     kind: good-practice # ${ASSESSMENT_KINDS.join(' | ')}
#     finding: "What the body said, in our words"
#     title: "Title of the document"
#     url: https://...
#     date: "2023-06-15"  # optional
#     symbol: "GRETA(2023)10"   # optional
# results: "Evidence of results, figures with their source"
# transferability: "What another country would need to adopt it; say whose reading it is"
# funding: "Cost or funding, where a source states it"
# articles: []            # Convention articles it implements, e.g. article-10
# commitments: []         # OSCE documents it implements, e.g. mc-dec-6-17
# provisions: []          # OSCE provisions: [{ commitment: pc-dec-557, ref: "V.3" }], only where the record lists that provision`,
  press: `title: ""                 # the release's own headline
date: ""                  # the file name starts with this date
place: ""
organisations: []
countries: []
themes: []
articles: []
people: []               # each quoted person: - { person: <id in content/people>, role: "role as the release gives it" }
url: https://            # the release itself
summary: ""`,
  people: `name: ""                  # as the person's organisation writes it
roles:                    # each role with the URL of one of the sources below; dates only where a source gives them
  - { title: "", source: https:// }   # add organisation: <id in organisations.yaml>, from: "2018", to: "2024" where known`,
};

const [collection, id] = process.argv.slice(2);
if (!collection || !id || !templates[collection]) {
  console.error(`Usage: npm run new -- <${Object.keys(templates).join('|')}> <id>`);
  process.exit(2);
}
if (!ID_PATTERN.test(id)) {
  console.error(`"${id}" breaks the naming rule: ids are lowercase kebab-case (a-z, 0-9, single hyphens).`);
  process.exit(2);
}
const dir = join(contentRoot(), collection);
const file = join(dir, `${id}.md`);
if (existsSync(file) || existsSync(`${file}x`)) {
  console.error(`${collection}/${id} exists already: edit it instead.`);
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const bodies: Record<string, string> = {
  press: '## What happened\n\nOur digest in two to four short paragraphs, in our own words. The people quoted appear under "Speakers" from the front matter.\n',
  people: 'One or two sentences in our own words on who the person is (optional; leave empty if no source says more than the roles).\n',
  practices: '## What it does\n\nTwo to four short paragraphs in your own words. Start headings at ##.\n\n## Who says it works\n\nThe assessing body and what it found, or "No independent assessment found." and what was looked at.\n\n## Results\n\nEvidence of results, or what is not known.\n',
};
writeFileSync(file, `---\n${templates[collection]}\n${common}\n---\n${bodies[collection] ?? '## What it requires\n\nWrite the body in your own words. Start headings at ##.\n'}`);
console.log(`Wrote ${file}. Fill it in, then run: npm run lint:content`);
