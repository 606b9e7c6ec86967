// The kinds of treatment an IMR item can be. Coarse on purpose: IMR009 only needs to tell that a
// guideline about surgery cannot be the basis for an anticonvulsant, not to classify pharmacology.

export type TreatmentCategory =
  | 'opioid'
  /** Things prescribed or done because of opioid use: laxatives, antiemetics, drug screens, detox. */
  | 'opioid-related'
  | 'muscle-relaxant'
  /** Anticonvulsants and other neuropathic pain agents. */
  | 'anticonvulsant'
  | 'hypnotic-sedative'
  | 'nsaid'
  /** Acetaminophen and other simple analgesics. */
  | 'analgesic'
  | 'topical-analgesic'
  | 'antidepressant'
  /** Proton pump inhibitors and H2 blockers, given against NSAID stomach effects. */
  | 'gi-protection'
  | 'corticosteroid'
  | 'medical-food'
  | 'electrotherapy'
  /** Physical and occupational therapy, chiropractic, acupuncture, massage, exercise. */
  | 'physical-medicine'
  | 'injection'
  | 'imaging'
  | 'electrodiagnostic'
  | 'surgery'
  | 'dme'
  | 'lab-test'
  | 'psychological'
  /** Functional restoration, work hardening and other multidisciplinary programs. */
  | 'program'
  | 'home-health'
  /** Office visits, consultations, referrals, functional capacity evaluations. */
  | 'consultation';

export const CATEGORY_LABELS: Readonly<Record<TreatmentCategory, string>> = {
  opioid: 'opioids',
  'opioid-related': 'opioid-related care',
  'muscle-relaxant': 'muscle relaxants',
  anticonvulsant: 'anticonvulsants and neuropathic pain agents',
  'hypnotic-sedative': 'hypnotics and sedatives',
  nsaid: 'NSAIDs',
  analgesic: 'simple analgesics',
  'topical-analgesic': 'topical and compounded analgesics',
  antidepressant: 'antidepressants',
  'gi-protection': 'stomach protection (PPIs, H2 blockers)',
  corticosteroid: 'corticosteroids',
  'medical-food': 'medical foods',
  electrotherapy: 'TENS and electrotherapy',
  'physical-medicine': 'physical therapy, chiropractic and acupuncture',
  injection: 'injections and blocks',
  imaging: 'imaging',
  electrodiagnostic: 'electrodiagnostic studies',
  surgery: 'surgery',
  dme: 'durable medical equipment',
  'lab-test': 'laboratory tests and drug screens',
  psychological: 'psychological treatment',
  program: 'treatment programs',
  'home-health': 'home health services',
  consultation: 'visits and consultations',
};

/** Human wording for a set of categories, e.g. "surgery" or "opioids, NSAIDs". */
export function describeCategories(categories: Iterable<TreatmentCategory>): string {
  return [...new Set(categories)].map((c) => CATEGORY_LABELS[c]).join(', ');
}

/** The categories of a data row, written space-separated ("opioid analgesic"). The lexicon tests check each against CATEGORY_LABELS. */
export function categoryList(row: string): TreatmentCategory[] {
  return row.split(' ') as TreatmentCategory[];
}
