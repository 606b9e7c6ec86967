// Non-drug treatments and services: patterns (regular-expression sources, matched
// case-insensitively on word boundaries) -> category. Data only. Abbreviations that are also
// ordinary words ("TENS") are listed in `caseSensitive` and match only as written.
import type { TreatmentCategory } from './categories';

export interface ServiceEntry {
  /** A short name for messages, e.g. "TENS unit". */
  id: string;
  patterns: readonly string[];
  /** Patterns matched case-sensitively (abbreviations). */
  caseSensitive?: readonly string[];
  categories: readonly TreatmentCategory[];
}

export const SERVICES: readonly ServiceEntry[] = [
  // Electrotherapy. A unit is also durable equipment.
  { id: 'TENS unit', patterns: ['transcutaneous electrical nerve stimulat(?:or|ion)s?', 'transcutaneous electrotherapy', 'transcutaneous electrical stimulation'], caseSensitive: ['TENS', 'TENs'], categories: ['electrotherapy', 'dme'] },
  { id: 'interferential stimulation', patterns: ['interferential(?: current)?(?: stimulat(?:or|ion))?(?: units?)?'], caseSensitive: ['ICS', 'IF unit', 'IFC'], categories: ['electrotherapy', 'dme'] },
  { id: 'neuromuscular electrical stimulation', patterns: ['neuromuscular electrical stimulat(?:or|ion)', 'muscle stimulator'], caseSensitive: ['NMES', 'EMS unit'], categories: ['electrotherapy', 'dme'] },
  { id: 'H-wave', patterns: ['H-?wave', 'H wave'], categories: ['electrotherapy', 'dme'] },
  { id: 'electrotherapy', patterns: ['electrotherapy', 'electrical stimulat(?:or|ion)s?', 'e-stim', 'microcurrent', 'galvanic stimulat(?:or|ion)'], categories: ['electrotherapy'] },

  // Topical forms: whatever the ingredient, a cream or patch is also a topical analgesic.
  { id: 'topical form', patterns: ['creams?', 'gels?', 'ointments?', 'lotions?', 'liniments?', 'balms?', 'patch(?:es)?', 'compound(?:ed|s)?', 'topicals?', 'transdermal'], categories: ['topical-analgesic'] },

  // Physical medicine.
  { id: 'physical therapy', patterns: ['physical therapy', 'physiotherapy', 'physical medicine', 'aqua(?:tic)? therapy', 'pool therapy', 'occupational therapy', 'hand therapy', '(?:therapeutic |home )?exercises?(?: programs?| kits?| equipment)?', 'resistance bands?', 'exercise balls?', 'post-?op(?:erative)? therapy'], caseSensitive: ['PT', 'OT'], categories: ['physical-medicine'] },
  { id: 'chiropractic', patterns: ['chiropractic(?: care| treatment| therapy| manipulation)?', 'chiropractor', 'manipulation', 'manual therapy', 'spinal manipulative therapy'], categories: ['physical-medicine'] },
  { id: 'acupuncture', patterns: ['acupuncture', 'electro-?acupuncture'], categories: ['physical-medicine'] },
  { id: 'massage', patterns: ['massage(?: therapy)?', 'myofascial release'], categories: ['physical-medicine'] },
  { id: 'gym membership', patterns: ['gym membership', 'pool membership'], categories: ['physical-medicine'] },

  // Injections, blocks and ablations.
  { id: 'epidural steroid injection', patterns: ['epidural(?: steroid)?(?: injections?)?', 'transforaminal', 'interlaminar'], caseSensitive: ['ESI', 'ESIs', 'TFESI', 'LESI', 'CESI'], categories: ['injection'] },
  { id: 'trigger point injection', patterns: ['trigger point injections?'], caseSensitive: ['TPI', 'TPIs'], categories: ['injection'] },
  { id: 'facet injection', patterns: ['facet(?: joint)?(?: injections?| blocks?)?', 'medial branch blocks?', 'radiofrequency (?:ablation|neurotomy|rhizotomy)', 'rhizotomy', 'neurotomy'], caseSensitive: ['MBB', 'RFA'], categories: ['injection'] },
  { id: 'joint injection', patterns: ['(?:cortisone|corticosteroid|steroid|intra-?articular|sacroiliac(?: joint)?|SI joint|subacromial|knee|shoulder|hip) injections?', 'injections?', 'nerve blocks?', 'stellate ganglion blocks?', 'sympathetic blocks?', 'viscosupplementation', 'hyaluronic acid', 'Synvisc(?:-One)?', 'Orthovisc', 'Supartz', 'Euflexxa', 'platelet[- ]rich plasma', 'prolotherapy', 'Botox', 'botulinum toxin'], caseSensitive: ['PRP'], categories: ['injection'] },

  // Imaging and electrodiagnostics.
  { id: 'MRI', patterns: ['magnetic resonance(?: imag(?:e|es|ing))?', 'magnetic resonance image'], caseSensitive: ['MRI', 'MRIs', 'MRA'], categories: ['imaging'] },
  { id: 'CT scan', patterns: ['computed tomography', 'CT scans?', 'CAT scans?'], caseSensitive: ['CT'], categories: ['imaging'] },
  { id: 'X-ray', patterns: ['x-?rays?', 'radiographs?', 'radiography', 'bone scans?', 'ultrasounds?', 'sonograms?', 'myelograms?', 'arthrograms?', 'arthrography', 'discograms?', 'discography', 'imaging'], categories: ['imaging'] },
  { id: 'EMG/NCV', patterns: ['electromyography', 'electromyogram', 'nerve conduction(?: velocity| studies| study)?', 'electrodiagnostic(?: studies| testing)?'], caseSensitive: ['EMG', 'NCV', 'NCS', 'EMGs', 'EMG/NCV', 'EMG/NCS'], categories: ['electrodiagnostic'] },

  // Surgery.
  { id: 'surgery', patterns: ['surgery', 'surgeries', 'surgical', 'arthroscop(?:y|ic)', 'arthroplasty', 'fusion', 'laminectomy', 'laminotomy', 'hemilaminectomy', 'discectomy', 'microdiscectomy', 'foraminotomy', 'decompression', 'meniscectomy', 'menisectomy', 'carpal tunnel release', '(?<!extended[- ])(?<!sustained[- ])(?<!controlled[- ])(?<!immediate[- ])release', 'repair', '(?:total |partial )?(?:knee|hip|shoulder) replacement', 'reconstruction', 'osteotomy', 'debridement', 'tenotomy', 'synovectomy', 'hardware removal', 'kyphoplasty', 'vertebroplasty', 'spinal cord stimulator implant(?:ation)?'], caseSensitive: ['ORIF', 'ACDF', 'TLIF', 'PLIF', 'ALIF', 'TKA', 'THA'], categories: ['surgery'] },
  { id: 'spinal cord stimulator', patterns: ['spinal cord stimulat(?:or|ion)(?: trial)?', 'dorsal column stimulat(?:or|ion)'], caseSensitive: ['SCS'], categories: ['surgery', 'electrotherapy'] },
  { id: 'intrathecal pump', patterns: ['intrathecal (?:pump|drug delivery)', 'pain pump'], categories: ['surgery', 'opioid'] },

  // Durable medical equipment.
  { id: 'durable medical equipment', patterns: ['durable medical equipment', 'braces?', 'bracing', 'lumbar support', 'lumbosacral orthosis', 'back support', 'orthos[ie]s', 'orthotics?', 'splints?', 'canes?', 'walkers?', 'wheelchairs?', 'scooters?', 'crutches', 'cold therapy(?: units?)?', 'hot/cold(?: therapy)?(?: units?)?', 'cryotherapy(?: units?)?', 'vasopneumatic', 'compression (?:device|garment|stocking)s?', 'continuous passive motion', 'traction(?: units?| devices?)?', 'mattress(?:es)?', 'pillows?', 'shower chairs?', 'grab bars', 'hospital bed', 'bone (?:growth )?stimulator', 'heat (?:wraps?|packs?|units?)', 'cold packs?', 'ice packs?', 'equipment'], caseSensitive: ['DME', 'CPM', 'LSO', 'TLSO'], categories: ['dme'] },

  // Laboratory tests and drug screens.
  { id: 'urine drug screen', patterns: ['urine drug (?:screens?|screenings?|tests?|testing)', 'urine toxicology(?: screens?| tests?)?', 'drug (?:screens?|screening|testing)', 'urinalysis', 'genetic (?:testing|tests?)(?: for (?:potential )?opioid abuse)?', 'cytochrome P450'], caseSensitive: ['UDS', 'UDT'], categories: ['lab-test', 'opioid-related'] },
  { id: 'laboratory tests', patterns: ['lab(?:oratory)? (?:tests?|testing|work|studies|panel)', 'labs', 'blood (?:tests?|work)', 'complete blood count', 'metabolic panel', 'liver function tests?', 'renal function tests?'], caseSensitive: ['CBC', 'CMP', 'BMP', 'LFTs?'], categories: ['lab-test'] },

  // Psychological treatment.
  { id: 'psychological treatment', patterns: ['psycholog(?:y|ical|ist)(?: evaluations?| treatment| therapy| consultations?| testing| sessions?)?', 'psychotherapy', 'psychiatr(?:y|ic|ist)(?: evaluations?| treatment| consultations?)?', 'cognitive[- ]behavio(?:u)?ral therapy', 'behavioral (?:therapy|interventions?|medicine)', 'biofeedback', 'counsel(?:l)?ing', 'hypnotherapy', 'relaxation training'], caseSensitive: ['CBT'], categories: ['psychological'] },

  // Programs.
  { id: 'functional restoration program', patterns: ['functional restoration(?: programs?)?', 'multidisciplinary (?:pain )?(?:programs?|rehabilitation)', 'interdisciplinary (?:pain )?(?:programs?|rehabilitation)', '(?:chronic )?pain (?:management )?programs?', 'work hardening', 'work conditioning', 'detox(?:ification)?(?: programs?)?', 'weight loss programs?', 'HELP program'], caseSensitive: ['FRP', 'FRPs'], categories: ['program'] },

  // Home health.
  { id: 'home health', patterns: ['home health(?: care| aides?| services)?', 'home care', 'home (?:assistance|attendant)', 'caregivers?', 'housekeeping', 'home nursing', 'attendant care'], categories: ['home-health'] },

  // Visits and consultations. A referral to a specialist is about what that specialist treats, so
  // the guideline topics a reviewer cites for it are those of the specialty: a pain management
  // referral is a normal use of the opioid, injection and pain program sections, a surgical one of
  // the surgical and injection sections, a psychiatric one of the psychotropic drug sections.
  { id: 'pain management consultation', patterns: ['pain (?:management|medicine|specialist)(?: specialist| physician)?(?: consultations?| consults?| referrals?| evaluations?| follow-?ups?| visits?)', '(?:consultations?|consults?|referrals?|evaluations?) (?:with|to|by) (?:a |an |the )?pain (?:management|medicine|specialist)'], categories: ['consultation', 'opioid-related', 'injection', 'program'] },
  { id: 'surgical consultation', patterns: ['(?:ortho(?:p(?:a)?edic)?|spine|spinal|neurosurgical|neurosurgery|surgical|hand) (?:surgeon |surgery |spine |surgical )?(?:consultations?|consults?|referrals?|evaluations?)', '(?:consultations?|consults?|referrals?|evaluations?) (?:with|to|by) (?:a |an |the )?(?:ortho(?:p(?:a)?edic)? |spine |spinal |hand )?(?:surgeon|orthopedist|neurosurgeon)'], categories: ['consultation', 'surgery', 'injection'] },
  { id: 'psychiatric consultation', patterns: ['psychiatr(?:y|ic|ist) (?:consultations?|consults?|referrals?|evaluations?|follow-?ups?|visits?)', '(?:consultations?|consults?|referrals?|evaluations?) (?:with|to|by) (?:a |an |the )?psychiatr(?:y|ist)'], categories: ['consultation', 'psychological', 'antidepressant', 'hypnotic-sedative'] },
  { id: 'consultation', patterns: ['consultations?', 'consults?', 'referrals?', 'office visits?', 'follow-?up visits?', 'evaluations?', 'functional capacity evaluations?'], caseSensitive: ['FCE'], categories: ['consultation'] },
];
