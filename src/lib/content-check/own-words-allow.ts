/**
 * The one allow-list for the own-words check: names of instruments, bodies and titles that records may repeat
 * word for word. A run of 8 words that lies inside these names where they occur in a record, but for at most one
 * word (a "the" just before a name counts as part of it), is not counted as copied. Anything else that repeats 8
 * words of an official text is.
 *
 * Only names and titles belong here, never sentences or clauses of a text.
 */

/** Instruments and bodies, as their official texts spell them (spelling variants are listed separately). */
export const INSTRUMENT_NAMES: readonly string[] = [
  // CETS No. 197 itself, and its monitoring body.
  'Council of Europe Convention on Action against Trafficking in Human Beings',
  "Council of Europe's Convention on Action against Trafficking in Human Beings",
  'Group of Experts on Action against Trafficking in Human Beings',
  // The Convention's title in the Dutch treaty database (BWBV0004138), which also appears in its addresses.
  'Verdrag van de Raad van Europa inzake bestrijding van mensenhandel',
  'Committee of the Parties to the Council of Europe Convention on Action against Trafficking in Human Beings',
  // The UN Trafficking Protocol and its parent convention (the Convention's Article 39 spells "organised").
  'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
  'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organised Crime',
  'Protocol thereto to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
  'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
  'United Nations Convention against Transnational Organized Crime',
  'United Nations Convention against Transnational Organised Crime',
  // Refugee law (Art. 40(4) names both instruments together).
  'Convention relating to the Status of Refugees',
  '1951 Convention and the 1967 Protocol relating to the Status of Refugees',
  'Protocol relating to the Status of Refugees',
  // Data protection: ETS No. 108.
  'Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data',
  'Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (ETS No. 108)',
  // The European Convention on Human Rights, under its official and its usual name.
  'Convention for the Protection of Human Rights and Fundamental Freedoms',
  'European Convention on Human Rights',
  'European Court of Human Rights',
  'Statute of the Council of Europe',
  'Convention on Action against Trafficking in Human Beings',
  'Committee of Ministers of the Council of Europe',
  'Secretary General of the Council of Europe',
  'Parliamentary Assembly of the Council of Europe',
  // Roles named with the people who held them.
  'Executive Secretary of the Council of Europe Convention on Action against Trafficking in Human Beings',
  "Executive Secretary of the Council of Europe's Convention on Action against Trafficking in Human Beings",
  // OSCE bodies and instruments named in records and press releases.
  'Office of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
  'OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
  'Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
  'OSCE Action Plan to Combat Trafficking in Human Beings',
  'National Anti-trafficking Co-ordinators and Rapporteurs',
  // EU instruments named in the Convention's preamble.
  'European Union Council Framework Decision of 19 July 2002 on combating trafficking in human beings',
];

/**
 * Article titles of CETS No. 197, exactly as in ../shared/reference/coe-convention-articles.csv
 * (a unit test keeps the two in step when the reference data is present).
 */
export const ARTICLE_TITLES: readonly string[] = [
  'Purposes of the Convention',
  'Scope',
  'Non-discrimination principle',
  'Definitions',
  'Prevention of trafficking in human beings',
  'Measures to discourage the demand',
  'Border measures',
  'Security and control of documents',
  'Legitimacy and validity of documents',
  'Identification of the victims',
  'Protection of private life',
  'Assistance to victims',
  'Recovery and reflection period',
  'Residence permit',
  'Compensation and legal redress',
  'Repatriation and return of victims',
  'Gender equality',
  'Criminalisation of trafficking in human beings',
  'Criminalisation of the use of services of a victim',
  'Criminalisation of acts relating to travel or identity documents',
  'Attempt and aiding or abetting',
  'Corporate liability',
  'Sanctions and measures',
  'Aggravating circumstances',
  'Previous convictions',
  'Non-punishment provision',
  'Ex parte and ex officio applications',
  'Protection of victims, witnesses and collaborators with the judicial authorities',
  'Specialised authorities and co-ordinating bodies',
  'Court proceedings',
  'Jurisdiction',
  'General principles and measures for international co-operation',
  'Measures relating to endangered or missing persons',
  'Information',
  'Co-operation with civil society',
  'Group of experts on action against trafficking in human beings',
  'Committee of the Parties',
  'Procedure',
  'Relationship with the Protocol to prevent, suppress and punish trafficking in persons, especially women and children, supplementing the United Nations Convention against transnational organised crime',
  'Relationship with other international instruments',
  'Amendments',
  'Signature and entry into force',
  'Accession to the Convention',
  'Territorial application',
  'Reservations',
  'Denunciation',
  'Notification',
];

/** Chapter titles of CETS No. 197, as in ../shared/reference/coe-convention-chapters.csv. */
export const CHAPTER_TITLES: readonly string[] = [
  'Purposes, scope, non-discrimination principle and definitions',
  'Prevention, co-operation and other measures',
  'Measures to protect and promote the rights of victims, guaranteeing gender equality',
  'Substantive criminal law',
  'Investigation, prosecution and procedural law',
  'International co-operation and co-operation with civil society',
  'Monitoring mechanism',
  'Relationship with other international instruments',
  'Amendments to the Convention',
  'Final clauses',
];

/** Titles of documents that records cite by name (a press record's `title` is the release's headline). */
export const DOCUMENT_TITLES: readonly string[] = [
  // OSCE press release of 16 November 2021 (content/press/2021-11-16-coordinators-meeting-strasbourg.md).
  '60 countries meet to strengthen efforts to end human trafficking',
  // National plans and strategies named in NAP records, and a Council of Europe project.
  'National Action Plan to Prevent and Combat Trafficking in Human Beings and Protect Trafficked Persons',
  'National Strategy for Preventing and Combating Trafficking in Human Beings',
  'Action Plan for the Prevention of and Fight against Trafficking in Human Beings',
  'Preventing and combating trafficking in human beings in Serbia',
  // GRETA publications cited as sources.
  'Compendium of good practices in addressing trafficking in human beings for the purpose of labour exploitation',
  // Committee of Ministers Recommendation CM/Rec(2022)21, as titled on its Council of Europe publication page.
  'Preventing and combating trafficking in human beings for the purpose of labour exploitation',
];

/** Everything above, in one list. */
export const ALLOWED_NAMES: readonly string[] = [
  ...INSTRUMENT_NAMES,
  ...ARTICLE_TITLES,
  ...CHAPTER_TITLES,
  ...DOCUMENT_TITLES,
];
