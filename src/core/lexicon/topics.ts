// Guideline topics as the MTUS, ODG and ACOEM name them -> the categories of treatment they
// govern. Data only. A topic is classified by these patterns AND by any treatment name it holds
// ("Gabapentin (Neurontin)", ODG's "Tizanidine"). Containers (a chapter: "Pain chapter", "Hand
// Complaints") say where a topic is, not what it is: alone they fit any treatment, next to a
// specific topic the specific one decides. Generic topics ("Weaning of medications") fit any
// treatment whatever else is cited, so IMR009 never fires on them.
import type { TreatmentCategory } from './categories';

export interface TopicEntry {
  /** Regular-expression source, matched case-insensitively against one topic. */
  pattern: string;
  categories: readonly TreatmentCategory[];
}

/** Chapters of the guidelines: ODG's "Pain chapter", ACOEM's "Low Back Complaints", MTUS "Chronic pain". */
export const CONTAINER_TOPICS: readonly string[] = [
  '\\bchapter\\b',
  '\\bcomplaints\\b',
  '^(?:chronic )?pain(?: \\(chronic\\))?$',
  '^chronic pain(?: medical treatment)?(?: guidelines?)?$',
];

/** Topics that support any treatment whatever else is cited: general principles. */
export const GENERIC_TOPICS: readonly string[] = [
  '\\bmedications for (?:chronic )?pain\\b',
  '\\bweaning\\b',
  '\\binitial (?:approaches|assessment)\\b',
  '\\bgeneral (?:approach|principles)\\b',
  '\\bintroduction\\b',
  '\\bfunctional improvement\\b',
  '\\bevidence\\b',
  '\\btreatment (?:considerations|planning)\\b',
  '\\bspecial studies\\b',
  '\\bsummary of recommendations\\b',
];

export const TOPICS: readonly TopicEntry[] = [
  { pattern: '\\bopioids?\\b|\\bopiates?\\b|\\bnarcotics?\\b', categories: ['opioid', 'opioid-related'] },
  // The opioid sections on misuse, addiction and screening recommend psychological evaluation,
  // referral to a specialist and detoxification or pain programs. Citations split topics at commas
  // ("Opioids", "dealing with misuse & addiction"), so the second half is matched alone too.
  { pattern: '\\bopioids?\\b.{0,80}?\\b(?:misuse|addiction|abuse|aberrant|dependence|screening|risk|psycholog)|\\bsubstance abuse\\b|\\baddiction\\b|\\bmisuse\\b|\\baberrant\\b|\\bscreening for risk\\b', categories: ['psychological', 'consultation', 'program', 'opioid-related'] },
  { pattern: '\\bopioid-induced constipation\\b|\\bantiemetics?\\b|\\bconstipation\\b', categories: ['opioid-related'] },
  { pattern: '\\bdrug (?:testing|screens?|screening)\\b|\\burine drug\\b|\\bgenetic testing\\b|\\bcytochrome\\b', categories: ['lab-test', 'opioid-related'] },
  { pattern: '\\bdetoxification\\b', categories: ['program', 'opioid-related'] },
  { pattern: '\\bmuscle relaxants?\\b|\\bantispasticity\\b|\\bantispasmodics?\\b|\\bspasmolytics?\\b', categories: ['muscle-relaxant'] },
  { pattern: '\\banti-?epilep(?:sy|tic) drugs\\b|\\bantiepileptics?\\b|\\banticonvulsants?\\b|\\bAEDs\\b|\\bneuropathic pain\\b', categories: ['anticonvulsant'] },
  { pattern: '\\binsomnia\\b|\\bhypnotics?\\b|\\bsedative\\b|\\bsleep (?:aids?|medications?)\\b|\\bbenzodiazepines?\\b', categories: ['hypnotic-sedative'] },
  { pattern: '\\bNSAIDs?\\b|\\bnon-?steroidal anti-?inflammatory\\b|\\banti-?inflammatory medications\\b', categories: ['nsaid', 'gi-protection'] },
  { pattern: '\\bproton pump inhibitors?\\b|\\bPPIs?\\b|\\bGI symptoms\\b|\\bgastrointestinal\\b', categories: ['gi-protection'] },
  { pattern: '\\bacetaminophen\\b|\\bAPAP\\b|(?<!topical\\s)\\banalgesics?\\b(?![- ]topical)', categories: ['analgesic', 'opioid'] },
  { pattern: '\\btopical\\b|\\bcompound(?:ed|ing)?\\b|\\bsalicylate\\b|\\bcapsaicin\\b|\\blidocaine\\b|\\bLidoderm\\b', categories: ['topical-analgesic'] },
  { pattern: '\\bantidepressants?\\b|\\bSNRIs?\\b|\\bSSRIs?\\b|\\btricyclics?\\b', categories: ['antidepressant', 'anticonvulsant'] },
  { pattern: '\\bcorticosteroids?\\b|\\bsteroids?\\b', categories: ['corticosteroid', 'injection'] },
  { pattern: '\\bmedical foods?\\b', categories: ['medical-food'] },
  { pattern: '\\belectrotherapy\\b|\\bTENS\\b|\\btranscutaneous\\b|\\binterferential\\b|\\bneuromuscular electrical\\b|\\bNMES\\b|\\bH-wave\\b|\\belectrical stimulat', categories: ['electrotherapy', 'dme'] },
  { pattern: '\\bphysical (?:medicine|therapy)\\b|\\bmanual therapy\\b|\\bmanipulation\\b|\\bchiropractic\\b|\\bacupuncture\\b|\\bmassage\\b|\\baquatic therapy\\b|\\bexercise\\b|\\boccupational therapy\\b', categories: ['physical-medicine'] },
  { pattern: '\\binjections?\\b|\\bblocks?\\b|\\bESIs?\\b|\\bepidural\\b|\\btrigger points?\\b|\\bfacet\\b|\\bneurotomy\\b|\\bradiofrequency\\b|\\bhyaluronic\\b|\\bviscosupplementation\\b|\\bplatelet-rich\\b|\\bbotulinum\\b', categories: ['injection'] },
  { pattern: '\\bMRIs?\\b|\\bmagnetic resonance\\b|\\bimaging\\b|\\bradiograph|\\bx-rays?\\b|\\bCT\\b|\\bcomputed tomography\\b|\\bbone scan|\\bultrasound\\b|\\bmyelograph|\\bdiscograph', categories: ['imaging'] },
  { pattern: '\\belectromyograph|\\bEMG\\b|\\bnerve conduction\\b|\\belectrodiagnostic', categories: ['electrodiagnostic'] },
  { pattern: '\\bsurg(?:ery|ical)\\b|\\b(?<!extended[- ])release\\b|\\barthroscop|\\barthroplasty\\b|\\bfusion\\b|\\blaminectomy\\b|\\bdiscectomy\\b|\\bdecompression\\b|\\bmeniscectomy\\b|\\breplacement\\b|\\brepair\\b|\\breconstruction\\b|\\bspinal cord stimulat', categories: ['surgery'] },
  { pattern: '\\bdurable medical equipment\\b|\\bDME\\b|\\bbraces?\\b|\\bbracing\\b|\\blumbar supports?\\b|\\borthos[ie]s\\b|\\borthotics?\\b|\\bsplint|\\bcontinuous passive motion\\b|\\bcold/heat\\b|\\bheat/cold\\b|\\bcryotherapy\\b|\\btraction\\b|\\bwalking aids\\b|\\bmattress', categories: ['dme'] },
  { pattern: '\\blab(?:oratory)? tests?\\b|\\bpre-?operative (?:lab|testing)', categories: ['lab-test'] },
  { pattern: '\\bpsycholog|\\bpsychiatr|\\bbehavioral\\b|\\bcognitive\\b|\\bbiofeedback\\b|\\bmental illness\\b|\\bstress\\b|\\bdepression\\b', categories: ['psychological', 'antidepressant'] },
  { pattern: '\\bfunctional restoration\\b|\\bFRPs?\\b|\\bchronic pain programs?\\b|\\bmultidisciplinary\\b|\\binterdisciplinary\\b|\\bwork (?:hardening|conditioning)\\b', categories: ['program'] },
  { pattern: '\\bhome health\\b|\\bhome care\\b', categories: ['home-health'] },
  { pattern: '\\boffice visits?\\b|\\bconsultations?\\b|\\breferrals?\\b|\\bindependent medical examinations\\b|\\bfunctional capacity\\b|\\bfitness for duty\\b', categories: ['consultation'] },
];
