// Non-drug treatments and services: patterns (regular-expression sources, matched
// case-insensitively on word boundaries) -> category. Data only. Abbreviations that are also
// ordinary words ("TENS") are listed in `caseSensitive` and match only as written.
import { categoryList, type TreatmentCategory } from './categories';

export interface ServiceEntry {
  /** A short name for messages, e.g. "TENS unit". */
  id: string;
  patterns: readonly string[];
  /** Patterns matched case-sensitively (abbreviations). */
  caseSensitive?: readonly string[];
  categories: readonly TreatmentCategory[];
}

// One row a service: [id, categories, patterns, case-sensitive patterns (optional)]; categories are
// separated by spaces, patterns by ', ' (no pattern holds a comma). Rows, not objects, because every
// object repeated its keys in the shipped bundle.
const ROWS: readonly (readonly [string, string, string, string?])[] = [
  // Electrotherapy. A unit is also durable equipment.
  ['TENS unit', 'electrotherapy dme', 'transcutaneous electrical nerve stimulat(?:or|ion)s?, transcutaneous electrotherapy, transcutaneous electrical stimulation', 'TENS, TENs'],
  ['interferential stimulation', 'electrotherapy dme', 'interferential(?: current)?(?: stimulat(?:or|ion))?(?: units?)?', 'ICS, IF unit, IFC'],
  ['neuromuscular electrical stimulation', 'electrotherapy dme', 'neuromuscular electrical stimulat(?:or|ion), muscle stimulator', 'NMES, EMS unit'],
  ['H-wave', 'electrotherapy dme', 'H-?wave, H wave'],
  ['electrotherapy', 'electrotherapy', 'electrotherapy, electrical stimulat(?:or|ion)s?, e-stim, microcurrent, galvanic stimulat(?:or|ion)'],

  // Topical forms: whatever the ingredient, a cream or patch is also a topical analgesic.
  ['topical form', 'topical-analgesic', 'creams?, gels?, ointments?, lotions?, liniments?, balms?, patch(?:es)?, compound(?:ed|s)?, topicals?, transdermal'],

  // Physical medicine.
  ['physical therapy', 'physical-medicine', 'physical therapy, physiotherapy, physical medicine, aqua(?:tic)? therapy, pool therapy, occupational therapy, hand therapy, (?:therapeutic |home )?exercises?(?: programs?| kits?| equipment)?, resistance bands?, exercise balls?, post-?op(?:erative)? therapy', 'PT, OT'],
  ['chiropractic', 'physical-medicine', 'chiropractic(?: care| treatment| therapy| manipulation)?, chiropractor, manipulation, manual therapy, spinal manipulative therapy'],
  ['acupuncture', 'physical-medicine', 'acupuncture, electro-?acupuncture'],
  ['massage', 'physical-medicine', 'massage(?: therapy)?, myofascial release'],
  ['gym membership', 'physical-medicine', 'gym membership, pool membership'],

  // Injections, blocks and ablations.
  ['epidural steroid injection', 'injection', 'epidural(?: steroid)?(?: injections?)?, transforaminal, interlaminar', 'ESI, ESIs, TFESI, LESI, CESI'],
  ['trigger point injection', 'injection', 'trigger point injections?', 'TPI, TPIs'],
  ['facet injection', 'injection', 'facet(?: joint)?(?: injections?| blocks?)?, medial branch blocks?, radiofrequency (?:ablation|neurotomy|rhizotomy), rhizotomy, neurotomy', 'MBB, RFA'],
  ['joint injection', 'injection', '(?:cortisone|corticosteroid|steroid|intra-?articular|sacroiliac(?: joint)?|SI joint|subacromial|knee|shoulder|hip) injections?, injections?, nerve blocks?, stellate ganglion blocks?, sympathetic blocks?, viscosupplementation, hyaluronic acid, Synvisc(?:-One)?, Orthovisc, Supartz, Euflexxa, platelet[- ]rich plasma, prolotherapy, Botox, botulinum toxin', 'PRP'],

  // Imaging and electrodiagnostics.
  ['MRI', 'imaging', 'magnetic resonance(?: imag(?:e|es|ing))?, magnetic resonance image', 'MRI, MRIs, MRA'],
  ['CT scan', 'imaging', 'computed tomography, CT scans?, CAT scans?', 'CT'],
  ['X-ray', 'imaging', 'x-?rays?, radiographs?, radiography, bone scans?, ultrasounds?, sonograms?, myelograms?, arthrograms?, arthrography, discograms?, discography, imaging'],
  ['EMG/NCV', 'electrodiagnostic', 'electromyography, electromyogram, nerve conduction(?: velocity| studies| study)?, electrodiagnostic(?: studies| testing)?', 'EMG, NCV, NCS, EMGs, EMG/NCV, EMG/NCS'],

  // Surgery.
  ['surgery', 'surgery', 'surgery, surgeries, surgical, arthroscop(?:y|ic), arthroplasty, fusion, laminectomy, laminotomy, hemilaminectomy, discectomy, microdiscectomy, foraminotomy, decompression, meniscectomy, menisectomy, carpal tunnel release, (?<!extended[- ])(?<!sustained[- ])(?<!controlled[- ])(?<!immediate[- ])release, repair, (?:total |partial )?(?:knee|hip|shoulder) replacement, reconstruction, osteotomy, debridement, tenotomy, synovectomy, hardware removal, kyphoplasty, vertebroplasty, spinal cord stimulator implant(?:ation)?', 'ORIF, ACDF, TLIF, PLIF, ALIF, TKA, THA'],
  ['spinal cord stimulator', 'surgery electrotherapy', 'spinal cord stimulat(?:or|ion)(?: trial)?, dorsal column stimulat(?:or|ion)', 'SCS'],
  ['intrathecal pump', 'surgery opioid', 'intrathecal (?:pump|drug delivery), pain pump'],

  // Durable medical equipment.
  ['durable medical equipment', 'dme', 'durable medical equipment, braces?, bracing, lumbar support, lumbosacral orthosis, back support, orthos[ie]s, orthotics?, splints?, canes?, walkers?, wheelchairs?, scooters?, crutches, cold therapy(?: units?)?, hot/cold(?: therapy)?(?: units?)?, cryotherapy(?: units?)?, vasopneumatic, compression (?:device|garment|stocking)s?, continuous passive motion, traction(?: units?| devices?)?, mattress(?:es)?, pillows?, shower chairs?, grab bars, hospital bed, bone (?:growth )?stimulator, heat (?:wraps?|packs?|units?), cold packs?, ice packs?, equipment', 'DME, CPM, LSO, TLSO'],

  // Laboratory tests and drug screens.
  ['urine drug screen', 'lab-test opioid-related', 'urine drug (?:screens?|screenings?|tests?|testing), urine toxicology(?: screens?| tests?)?, drug (?:screens?|screening|testing), urinalysis, genetic (?:testing|tests?)(?: for (?:potential )?opioid abuse)?, cytochrome P450', 'UDS, UDT'],
  ['laboratory tests', 'lab-test', 'lab(?:oratory)? (?:tests?|testing|work|studies|panel), labs, blood (?:tests?|work), complete blood count, metabolic panel, liver function tests?, renal function tests?', 'CBC, CMP, BMP, LFTs?'],

  // Psychological treatment.
  ['psychological treatment', 'psychological', 'psycholog(?:y|ical|ist)(?: evaluations?| treatment| therapy| consultations?| testing| sessions?)?, psychotherapy, psychiatr(?:y|ic|ist)(?: evaluations?| treatment| consultations?)?, cognitive[- ]behavio(?:u)?ral therapy, behavioral (?:therapy|interventions?|medicine), biofeedback, counsel(?:l)?ing, hypnotherapy, relaxation training', 'CBT'],

  // Programs.
  ['functional restoration program', 'program', 'functional restoration(?: programs?)?, multidisciplinary (?:pain )?(?:programs?|rehabilitation), interdisciplinary (?:pain )?(?:programs?|rehabilitation), (?:chronic )?pain (?:management )?programs?, work hardening, work conditioning, detox(?:ification)?(?: programs?)?, weight loss programs?, HELP program', 'FRP, FRPs'],

  // Home health.
  ['home health', 'home-health', 'home health(?: care| aides?| services)?, home care, home (?:assistance|attendant), caregivers?, housekeeping, home nursing, attendant care'],

  // Visits and consultations. A referral to a specialist is about what that specialist treats, so
  // the guideline topics a reviewer cites for it are those of the specialty: a pain management
  // referral is a normal use of the opioid, injection and pain program sections, a surgical one of
  // the surgical and injection sections, a psychiatric one of the psychotropic drug sections.
  ['pain management consultation', 'consultation opioid-related injection program', 'pain (?:management|medicine|specialist)(?: specialist| physician)?(?: consultations?| consults?| referrals?| evaluations?| follow-?ups?| visits?), (?:consultations?|consults?|referrals?|evaluations?) (?:with|to|by) (?:a |an |the )?pain (?:management|medicine|specialist)'],
  ['surgical consultation', 'consultation surgery injection', '(?:ortho(?:p(?:a)?edic)?|spine|spinal|neurosurgical|neurosurgery|surgical|hand) (?:surgeon |surgery |spine |surgical )?(?:consultations?|consults?|referrals?|evaluations?), (?:consultations?|consults?|referrals?|evaluations?) (?:with|to|by) (?:a |an |the )?(?:ortho(?:p(?:a)?edic)? |spine |spinal |hand )?(?:surgeon|orthopedist|neurosurgeon)'],
  ['psychiatric consultation', 'consultation psychological antidepressant hypnotic-sedative', 'psychiatr(?:y|ic|ist) (?:consultations?|consults?|referrals?|evaluations?|follow-?ups?|visits?), (?:consultations?|consults?|referrals?|evaluations?) (?:with|to|by) (?:a |an |the )?psychiatr(?:y|ist)'],
  ['consultation', 'consultation', 'consultations?, consults?, referrals?, office visits?, follow-?up visits?, evaluations?, functional capacity evaluations?', 'FCE'],
];

export const SERVICES: readonly ServiceEntry[] = ROWS.map(([id, categories, patterns, caseSensitive]) => ({
  id,
  patterns: patterns.split(', '),
  ...(caseSensitive !== undefined && { caseSensitive: caseSensitive.split(', ') }),
  categories: categoryList(categories),
}));
