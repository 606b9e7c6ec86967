// Words that headings, labels and guideline citations of IMR letters use, spelled right. Data only.
// IMR011 suggests the closest of these (or a drug name) for a misspelled heading word; IMR010
// uses them to tell a cut-off word ("Te" of "Tendon") from a complete one.

// Each string below holds words separated by single spaces (quoting every word made this list a
// third larger in the shipped bundle); the lists keep their order and repeats.
const wordList = (...lines: string[]): string[] => lines.join(' ').split(' ');

/** Vocabulary of item headings and header labels (lower case). Inflections are derived in spelling.ts. */
export const HEADING_WORDS: readonly string[] = wordList(
  // Request wording.
  'prescription retrospective prospective request requested purchase rental refill refills tablet tablets',
  'capsule capsules patches ointment solution supply supplies quantity compound compounded topical extended',
  'release dosage multiple additional continued outpatient inpatient electrodes batteries sessions session',
  'visits weeks months unknown duration frequency initial follow between through service services dispensed',
  // Treatments.
  'physical therapy therapies occupational chiropractic chiropractor acupuncture massage aquatic exercise',
  'program programs functional restoration conditioning hardening injection injections epidural steroid',
  'transforaminal interlaminar trigger facet medial branch blocks radiofrequency ablation neurotomy rhizotomy',
  'sacroiliac intra-articular viscosupplementation platelet plasma fluoroscopy fluoroscopic guidance sedation',
  'anesthesia surgery surgical arthroscopy arthroscopic arthroplasty replacement fusion laminectomy laminotomy',
  'discectomy microdiscectomy foraminotomy decompression meniscectomy debridement reconstruction repair tunnel',
  'carpal cubital release preoperative postoperative pre-operative post-operative clearance assistant hospital',
  'length stay magnetic resonance imaging computed tomography x-rays radiographs ultrasound electromyography',
  'nerve conduction velocity studies study electrodiagnostic contrast transcutaneous electrical stimulation',
  'stimulator stimulators electrotherapy interferential neuromuscular durable medical equipment brace braces',
  'support orthotics orthosis splint wheelchair walker cryotherapy traction continuous passive motion mattress',
  'pillow urine drug screen screening toxicology testing laboratory genetic panel psychological psychiatric',
  'psychotherapy cognitive behavioral biofeedback evaluation evaluations consultation consult referral',
  'management treatment treatments capacity home health care caregiver housekeeping transportation membership',
  'detoxification medication medications monitoring office visit',
  // Everyday words of headings, so they are not "corrected" to a domain word one edit away.
  'treating treated therapist therapists orthopedist orthopedic orthopaedic surgeon doctor fabricated',
  'progressive progression regression progress static custom recommended provided performed ordered trial',
  'resistance bands weight loss sleep study diagnostic times twice daily nightly needed partial total anterior',
  'posterior lateral medial interbody instrumentation revision removal hardware status patient patients',
  'pharmacy topically applied spinal cord trigger point points series three six twelve eight unspecified',
  'strength strengths formula formulation generic brand kit kits pads leads rehabilitation rehab behavioral',
  'cognitive group individual assessment consultations electrical muscle stimulation massage manipulation',
  'mobilization transfer second opinion',
  // Anatomy.
  'lumbar cervical thoracic lumbosacral spine shoulder shoulders elbow wrist wrists knee knees ankle ankles',
  'bilateral bilaterally right left upper lower extremity extremities hand hands finger thumb foot feet neck',
  'back hip hips joint joints tendon tendons flexor extensor rotator cuff meniscus ligament muscle muscles',
  'levels level',
  // Clinical vocabulary of headings (specialists, procedures, sites, forms, schedules), so that
  // correct words one or two edits from another vocabulary word ("rectal"/"rental") stay unflagged.
  'perioperative intraoperative examination examinations ultrasound-guided prescriptions interdisciplinary',
  'multidisciplinary comprehensive neurosurgical neurosurgeon neurologist neurological neurology orthopedics',
  'physiatrist physiatry psychiatrist psychologist rheumatologist rheumatology anesthesiologist',
  'endocrinologist gastroenterologist cardiologist pulmonologist internist podiatrist podiatry ophthalmologist',
  'otolaryngologist dermatologist acupuncturist pharmacological pharmacist intramuscular intravenous',
  'subcutaneous paravertebral trochanteric subacromial glenohumeral acromioclavicular patellofemoral',
  'metacarpophalangeal carpometacarpal epicondylitis tenosynovitis radiculopathy myelopathy neuropathy',
  'spondylosis stenosis arthrodesis hemilaminectomy discography myelography arthrogram venography',
  'polysomnography echocardiogram electrocardiogram urinalysis hydrotherapy iontophoresis phonophoresis',
  'paraffin whirlpool thermotherapy compression pneumatic prosthesis prosthetic commode interpreter',
  'translation attendant nursing residential hospitalization admission ergonomic workstation unilateral',
  'continuation extension modification conductive garment sleeve stockings cushion adjustable motorized',
  'electric sequential intermittent dynamic dynasplint scapular clavicle humerus forearm metacarpal phalanx',
  'femoral patella tibial fibular calcaneal plantar achilles acetabular trochanter abdominal inguinal',
  'umbilical hernia dental cervicothoracic thoracolumbar coccyx sacrum occipital suprascapular intercostal',
  'genicular ilioinguinal greater lesser trigeminal sphenopalatine stellate ganglion sympathetic selective',
  'therapeutic confirmatory repeat third fourth hours weekly monthly quarterly annual every bedtime milligrams',
  'micrograms milliliters grams units dispense delayed immediate sustained controlled transdermal sublingual',
  'buccal nasal ophthalmic otic rectal vaginal inhaler nebulizer suspension injectable infusion implant',
  'implantation exploration excision incision drainage aspiration arthrocentesis monitored general regional',
  'local block catheter placement insertion permanent temporary generator battery reprogramming programming',
  'analysis interrogation paddle percutaneous metatarsal metatarsophalangeal fibula scapula patellar',
  'intraarticular manipulative massager meditation',
  // Header labels.
  'case number claim assigned denial date injury received application administrator claims employee employer',
  'provider requesting physician priority status independent review determination decision decisions rationale',
  'rationales guideline guidelines maximus expert reviewer specialty certification licensure state states',
  'upheld overturned mailed issued final',
);

/** Words guideline citations are made of, for telling a cut-off word from a whole one (lower case). */
export const CITATION_WORDS: readonly string[] = wordList(
  'acoem official disability guidelines guideline treatment treatments chronic pain medical chapter edition',
  'effective section sections page pages citation recommended recommendation recommendations not for and the',
  'of in on to with acute sub-acute subacute complaints considerations low back neck upper knee leg legs',
  'shoulder elbow forearm wrist hand ankle foot hip pelvis head eye mental illness stress tendon tendons',
  'tendinitis tendonitis tenosynovitis flexor extensor trigger finger release surgical surgery muscle',
  'relaxants opioids opioid gabapentin antiepilepsy drugs drug insomnia transcutaneous electrotherapy',
  'antispasticity antispasmodic weaning medications topical analgesics injections epidural steroid physical',
  'medicine therapy manipulation acupuncture functional restoration programs testing urine imaging magnetic',
  'resonance durable equipment home health services psychological evaluations criteria use long-term',
  'short-term assessment hyperalgesia update updated july june may april march august january february',
  'september october november december is are a an or by as tens nsaids ppi mri emg odg mtus ca ccr pp p',
  'chronically regulations',
  // Short everyday words, so a complete short word at the end of a citation is not taken as cut off.
  'ice arm toe rib jaw ear age day new old all any per via see gym spa set one two six ten at be it no so up',
  'us we he do go if me my pre post rest heat cold work gait care pt ot ct esi frp uds ncv ncs dme iii ii iv',
  'vs etc inc ed eds vol ch sec rev dx tx rx chi tai qi tap cap tab pad bed cup gel wax oil rub dry wet hot',
  'max min mid key lab fee law act aid run top bar rod pin ace sex diet yoga sling cast tape band ball bike',
  'walk swim pool home self able',
  // Whole words that begin longer ones ("test"/"testing", "table"/"tablet"), so a citation ending in
  // them is not taken as cut off, and more topic words for telling a cut-off one ("Opio", "Antiepil").
  'test tests table part parts topic index summary schedule utilization compensation workers procedure',
  'procedures online integrated duration antispasmodics anticonvulsants antiepileptic anti-epilepsy hypnotics',
  'benzodiazepines electrical stimulation interferential acetaminophen analgesic anti-inflammatory',
  'non-steroidal nonsteroidal inhibitors proton pump compounded capsaicin lidocaine salicylate antidepressants',
  'tricyclic screening misuse addiction dependence detoxification constipation antiemetics insomnia zolpidem',
  'electromyography conduction radiography ultrasound arthroscopy arthroscopic meniscectomy laminectomy',
  'discectomy fusion decompression impingement syndrome carpal tunnel manipulation massage aquatic exercise',
  'chiropractic biofeedback behavioral interventions cognitive multidisciplinary interdisciplinary hardening',
  'conditioning cryotherapy continuous orthoses orthotic devices supports walking aids postsurgical',
  'preoperative polysomnography cardiovascular symptoms specific initiating ongoing management indicators',
  'avoid',
);

/**
 * Abbreviations citations end in ("Workers' Comp.", "Occup Environ Med.", "Rehabil."): complete
 * though they begin a longer word (lower case).
 */
export const CITATION_ABBREVIATIONS: readonly string[] = wordList(
  'inc ed eds vol p pp med meds occup environ comp assoc supp suppl approx dept univ chap phys ther orthop',
  'ortho neurol neuro surg anesth rheum clin pract rehabil psych psychol eval evals stim admin pharm physio',
  'chiro cert diag hosp intl natl publ prev mgmt caps recs rec cons info',
);
