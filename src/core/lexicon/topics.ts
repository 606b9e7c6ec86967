// Guideline topics as the MTUS, ODG and ACOEM name them -> the categories of treatment they
// govern. Data only. A topic is classified by these patterns AND by any treatment name it holds
// ("Gabapentin (Neurontin)", ODG's "Tizanidine"). Containers (a chapter: "Pain chapter", "Hand
// Complaints") say where a topic is, not what it is: alone they fit any treatment, next to a
// specific topic the specific one decides. Generic topics ("Weaning of medications") fit any
// treatment whatever else is cited, so IMR009 never fires on them.
import { categoryList, type TreatmentCategory } from './categories';

// Raw strings, so each pattern reads as the regular expression it is ('\\b' doubled every backslash).
const re = String.raw;

export interface TopicEntry {
  /** Regular-expression source, matched case-insensitively against one topic. */
  pattern: string;
  categories: readonly TreatmentCategory[];
}

/** Chapters of the guidelines: ODG's "Pain chapter", ACOEM's "Low Back Complaints", MTUS "Chronic pain". */
export const CONTAINER_TOPICS: readonly string[] = [
  re`\bchapter\b`,
  re`\bcomplaints\b`,
  re`^(?:chronic )?pain(?: \(chronic\))?$`,
  re`^chronic pain(?: medical treatment)?(?: guidelines?)?$`,
];

/** Topics that support any treatment whatever else is cited: general principles. */
export const GENERIC_TOPICS: readonly string[] = [
  re`\bmedications for (?:chronic )?pain\b`,
  re`\bweaning\b`,
  re`\binitial (?:approaches|assessment)\b`,
  re`\bgeneral (?:approach|principles)\b`,
  re`\bintroduction\b`,
  re`\bfunctional improvement\b`,
  re`\bevidence\b`,
  re`\btreatment (?:considerations|planning)\b`,
  re`\bspecial studies\b`,
  re`\bsummary of recommendations\b`,
];

// One row a topic: [categories separated by spaces, pattern]. Rows, not objects, because every
// object repeated its keys in the shipped bundle.
const ROWS: readonly (readonly [string, string])[] = [
  ['opioid opioid-related', re`\bopioids?\b|\bopiates?\b|\bnarcotics?\b`],
  // The opioid sections on misuse, addiction and screening recommend psychological evaluation,
  // referral to a specialist and detoxification or pain programs. Citations split topics at commas
  // ("Opioids", "dealing with misuse & addiction"), so the second half is matched alone too.
  ['psychological consultation program opioid-related', re`\bopioids?\b.{0,80}?\b(?:misuse|addiction|abuse|aberrant|dependence|screening|risk|psycholog)|\bsubstance abuse\b|\baddiction\b|\bmisuse\b|\baberrant\b|\bscreening for risk\b`],
  ['opioid-related', re`\bopioid-induced constipation\b|\bantiemetics?\b|\bconstipation\b`],
  ['lab-test opioid-related', re`\bdrug (?:testing|screens?|screening)\b|\burine drug\b|\bgenetic testing\b|\bcytochrome\b`],
  ['program opioid-related', re`\bdetoxification\b`],
  ['muscle-relaxant', re`\bmuscle relaxants?\b|\bantispasticity\b|\bantispasmodics?\b|\bspasmolytics?\b`],
  ['anticonvulsant', re`\banti-?epilep(?:sy|tic) drugs\b|\bantiepileptics?\b|\banticonvulsants?\b|\bAEDs\b|\bneuropathic pain\b`],
  ['hypnotic-sedative', re`\binsomnia\b|\bhypnotics?\b|\bsedative\b|\bsleep (?:aids?|medications?)\b|\bbenzodiazepines?\b`],
  ['nsaid gi-protection', re`\bNSAIDs?\b|\bnon-?steroidal anti-?inflammatory\b|\banti-?inflammatory medications\b`],
  ['gi-protection', re`\bproton pump inhibitors?\b|\bPPIs?\b|\bGI symptoms\b|\bgastrointestinal\b`],
  ['analgesic opioid', re`\bacetaminophen\b|\bAPAP\b|(?<!topical\s)\banalgesics?\b(?![- ]topical)`],
  ['topical-analgesic', re`\btopical\b|\bcompound(?:ed|ing)?\b|\bsalicylate\b|\bcapsaicin\b|\blidocaine\b|\bLidoderm\b`],
  ['antidepressant anticonvulsant', re`\bantidepressants?\b|\bSNRIs?\b|\bSSRIs?\b|\btricyclics?\b`],
  ['corticosteroid injection', re`\bcorticosteroids?\b|\bsteroids?\b`],
  ['medical-food', re`\bmedical foods?\b`],
  ['electrotherapy dme', re`\belectrotherapy\b|\bTENS\b|\btranscutaneous\b|\binterferential\b|\bneuromuscular electrical\b|\bNMES\b|\bH-wave\b|\belectrical stimulat`],
  ['physical-medicine', re`\bphysical (?:medicine|therapy)\b|\bmanual therapy\b|\bmanipulation\b|\bchiropractic\b|\bacupuncture\b|\bmassage\b|\baquatic therapy\b|\bexercise\b|\boccupational therapy\b`],
  ['injection', re`\binjections?\b|\bblocks?\b|\bESIs?\b|\bepidural\b|\btrigger points?\b|\bfacet\b|\bneurotomy\b|\bradiofrequency\b|\bhyaluronic\b|\bviscosupplementation\b|\bplatelet-rich\b|\bbotulinum\b`],
  ['imaging', re`\bMRIs?\b|\bmagnetic resonance\b|\bimaging\b|\bradiograph|\bx-rays?\b|\bCT\b|\bcomputed tomography\b|\bbone scan|\bultrasound\b|\bmyelograph|\bdiscograph`],
  ['electrodiagnostic', re`\belectromyograph|\bEMG\b|\bnerve conduction\b|\belectrodiagnostic`],
  ['surgery', re`\bsurg(?:ery|ical)\b|\b(?<!extended[- ])release\b|\barthroscop|\barthroplasty\b|\bfusion\b|\blaminectomy\b|\bdiscectomy\b|\bdecompression\b|\bmeniscectomy\b|\breplacement\b|\brepair\b|\breconstruction\b|\bspinal cord stimulat`],
  ['dme', re`\bdurable medical equipment\b|\bDME\b|\bbraces?\b|\bbracing\b|\blumbar supports?\b|\borthos[ie]s\b|\borthotics?\b|\bsplint|\bcontinuous passive motion\b|\bcold/heat\b|\bheat/cold\b|\bcryotherapy\b|\btraction\b|\bwalking aids\b|\bmattress`],
  ['lab-test', re`\blab(?:oratory)? tests?\b|\bpre-?operative (?:lab|testing)`],
  ['psychological antidepressant', re`\bpsycholog|\bpsychiatr|\bbehavioral\b|\bcognitive\b|\bbiofeedback\b|\bmental illness\b|\bstress\b|\bdepression\b`],
  ['program', re`\bfunctional restoration\b|\bFRPs?\b|\bchronic pain programs?\b|\bmultidisciplinary\b|\binterdisciplinary\b|\bwork (?:hardening|conditioning)\b`],
  ['home-health', re`\bhome health\b|\bhome care\b`],
  ['consultation', re`\boffice visits?\b|\bconsultations?\b|\breferrals?\b|\bindependent medical examinations\b|\bfunctional capacity\b|\bfitness for duty\b`],
];

export const TOPICS: readonly TopicEntry[] = ROWS.map(([categories, pattern]) => ({
  pattern,
  categories: categoryList(categories),
}));
