// Medications seen in workers' compensation IMR letters: generic and brand names -> category.
// Data only. Names match as whole words, case-insensitively; short ALL-CAPS abbreviations match
// only in capitals. `ingredients` lets a brand and its generic be recognised as the same drug
// (Norco = hydrocodone + acetaminophen), which IMR008 needs to compare what the heading and the
// rationale name.
import type { TreatmentCategory } from './categories';

export interface DrugEntry {
  /** Canonical generic name (lower case). */
  id: string;
  /** Generic, brand and common abbreviated names, as letters write them. */
  names: readonly string[];
  categories: readonly TreatmentCategory[];
  /** Active ingredients (generic ids); defaults to [id]. */
  ingredients?: readonly string[];
}

// One row a drug: 'names | categories' or 'names | categories | ingredients'; names and ingredients
// are separated by ', ', categories by spaces. The id is the first name in lower case unless the row
// begins 'id = '. Rows, not objects, because every object repeated its keys in the shipped bundle.
const ROWS: readonly string[] = [
  // Opioids. Combination products also count as simple analgesics (they contain acetaminophen).
  'hydrocodone/acetaminophen = Norco, Vicodin, Lortab, Lorcet, Xodol, Hycet, hydrocodone/APAP, hydrocodone/acetaminophen, hydrocodone-acetaminophen, hydrocodone bitartrate/acetaminophen | opioid analgesic | hydrocodone, acetaminophen',
  'hydrocodone, Hysingla, Zohydro | opioid',
  'oxycodone/acetaminophen = Percocet, Endocet, Roxicet, oxycodone/APAP, oxycodone/acetaminophen | opioid analgesic | oxycodone, acetaminophen',
  'oxycodone, OxyContin, Roxicodone, Oxecta, Xtampza | opioid',
  'oxymorphone, Opana, Opana ER | opioid',
  'morphine, morphine sulfate, MS Contin, Kadian, Avinza, MSIR | opioid',
  'hydromorphone, Dilaudid, Exalgo | opioid',
  'tramadol/acetaminophen = Ultracet, tramadol/APAP, tramadol/acetaminophen | opioid analgesic | tramadol, acetaminophen',
  'tramadol, Ultram, Ultram ER, Ryzolt, ConZip, Rybix | opioid',
  'tapentadol, Nucynta, Nucynta ER | opioid',
  'fentanyl, Duragesic, Fentora, Actiq | opioid',
  'methadone, Dolophine | opioid',
  'buprenorphine, Butrans, Belbuca, Subutex | opioid opioid-related',
  'buprenorphine/naloxone = Suboxone, Zubsolv, buprenorphine/naloxone | opioid opioid-related | buprenorphine, naloxone',
  'codeine/acetaminophen = Tylenol with codeine, Tylenol #3, Tylenol No. 3, acetaminophen/codeine, APAP/codeine | opioid analgesic | codeine, acetaminophen',
  'codeine | opioid',
  'meperidine, Demerol | opioid',
  'levorphanol | opioid',
  'naloxone, Narcan, Evzio | opioid-related',

  // Remedies for opioid side effects.
  'docusate, Colace | opioid-related',
  'senna, sennosides, Senokot, Senokot-S | opioid-related',
  'lubiprostone, Amitiza | opioid-related',
  'naloxegol, Movantik | opioid-related',
  'methylnaltrexone, Relistor | opioid-related',
  'ondansetron, Zofran | opioid-related',
  'promethazine, Phenergan | opioid-related hypnotic-sedative',
  'metoclopramide, Reglan | opioid-related gi-protection',

  // Muscle relaxants and antispasticity drugs.
  'tizanidine, Zanaflex | muscle-relaxant',
  'cyclobenzaprine, Flexeril, Fexmid, Amrix | muscle-relaxant',
  'methocarbamol, Robaxin | muscle-relaxant',
  'carisoprodol, Soma | muscle-relaxant',
  'baclofen, Lioresal, Gablofen | muscle-relaxant',
  'metaxalone, Skelaxin | muscle-relaxant',
  'orphenadrine, Norflex, Norgesic | muscle-relaxant',
  'chlorzoxazone, Parafon Forte, Lorzone | muscle-relaxant',
  'dantrolene, Dantrium | muscle-relaxant',

  // Anticonvulsants and neuropathic pain agents.
  'gabapentin, Neurontin, Gralise, Horizant, gabapentin enacarbil | anticonvulsant',
  'pregabalin, Lyrica | anticonvulsant',
  'topiramate, Topamax | anticonvulsant',
  'carbamazepine, Tegretol | anticonvulsant',
  'oxcarbazepine, Trileptal | anticonvulsant',
  'lamotrigine, Lamictal | anticonvulsant',
  'levetiracetam, Keppra | anticonvulsant',
  'divalproex, valproic acid, Depakote | anticonvulsant',
  'zonisamide, Zonegran | anticonvulsant',

  // Hypnotics, sedatives and benzodiazepines.
  'zolpidem, Ambien, Ambien CR, Intermezzo, Edluar, Zolpimist | hypnotic-sedative',
  'eszopiclone, Lunesta | hypnotic-sedative',
  'zaleplon, Sonata | hypnotic-sedative',
  'ramelteon, Rozerem | hypnotic-sedative',
  'suvorexant, Belsomra | hypnotic-sedative',
  'temazepam, Restoril | hypnotic-sedative',
  'alprazolam, Xanax | hypnotic-sedative',
  'lorazepam, Ativan | hypnotic-sedative',
  'diazepam, Valium | hypnotic-sedative muscle-relaxant',
  'clonazepam, Klonopin | hypnotic-sedative anticonvulsant',
  'melatonin | hypnotic-sedative',
  'hydroxyzine, Vistaril, Atarax | hypnotic-sedative',

  // NSAIDs. Diclofenac's topical forms (Flector, Pennsaid, Voltaren gel) are topical analgesics too.
  'ibuprofen, Motrin, Advil | nsaid',
  'naproxen, naproxen sodium, Naprosyn, Anaprox, Anaprox DS, Aleve, Naprelan | nsaid',
  'diclofenac, Voltaren, Voltaren XR, Zorvolex, Zipsor, Cambia | nsaid topical-analgesic',
  'diclofenac/misoprostol = Arthrotec | nsaid gi-protection | diclofenac, misoprostol',
  'diclofenac topical = Flector, Pennsaid | nsaid topical-analgesic | diclofenac',
  'meloxicam, Mobic | nsaid',
  'celecoxib, Celebrex | nsaid',
  'etodolac, Lodine | nsaid',
  'nabumetone, Relafen | nsaid',
  'ketoprofen | nsaid topical-analgesic',
  'ketorolac, Toradol, Sprix | nsaid',
  'indomethacin, Indocin | nsaid',
  'diflunisal, Dolobid | nsaid',
  'piroxicam, Feldene | nsaid',
  'flurbiprofen, Ansaid | nsaid topical-analgesic',
  'oxaprozin, Daypro | nsaid',
  'sulindac, Clinoril | nsaid',
  'fenoprofen, Nalfon | nsaid',
  'ibuprofen/famotidine = Duexis | nsaid gi-protection | ibuprofen, famotidine',
  'naproxen/esomeprazole = Vimovo | nsaid gi-protection | naproxen, esomeprazole',

  // Simple analgesics.
  'acetaminophen, APAP, Tylenol, paracetamol | analgesic',

  // Topical and compounded analgesics (ingredients of creams, patches and branded kits).
  'lidocaine, Lidoderm, Xylocaine | topical-analgesic',
  'LidoPro | topical-analgesic | capsaicin, lidocaine, menthol, methyl salicylate',
  'capsaicin, Zostrix, Qutenza | topical-analgesic',
  'menthol | topical-analgesic',
  'methyl salicylate, Ben-Gay, BenGay | topical-analgesic',
  'camphor | topical-analgesic',
  'Terocin | topical-analgesic | methyl salicylate, capsaicin, menthol, lidocaine',
  'Medrox | topical-analgesic | methyl salicylate, menthol, capsaicin',
  'Dendracin | topical-analgesic | methyl salicylate, menthol, capsaicin',
  'ketamine | topical-analgesic anticonvulsant',
  'amantadine | topical-analgesic',
  'tramadol topical = Ultram cream | topical-analgesic opioid | tramadol',

  // Antidepressants. Tricyclics and SNRIs are also neuropathic pain agents; trazodone and
  // mirtazapine are used for sleep.
  'amitriptyline, Elavil | antidepressant anticonvulsant',
  'nortriptyline, Pamelor | antidepressant anticonvulsant',
  'desipramine, Norpramin | antidepressant anticonvulsant',
  'duloxetine, Cymbalta | antidepressant anticonvulsant',
  'venlafaxine, Effexor, Effexor XR | antidepressant anticonvulsant',
  'milnacipran, Savella | antidepressant anticonvulsant',
  'trazodone, Desyrel, Oleptro | antidepressant hypnotic-sedative',
  'mirtazapine, Remeron | antidepressant hypnotic-sedative',
  'doxepin, Silenor | antidepressant hypnotic-sedative',
  'sertraline, Zoloft | antidepressant',
  'fluoxetine, Prozac | antidepressant',
  'citalopram, Celexa | antidepressant',
  'escitalopram, Lexapro | antidepressant',
  'paroxetine, Paxil | antidepressant',
  'bupropion, Wellbutrin | antidepressant',

  // Stomach protection.
  'omeprazole, Prilosec | gi-protection',
  'pantoprazole, Protonix | gi-protection',
  'esomeprazole, Nexium | gi-protection',
  'lansoprazole, Prevacid | gi-protection',
  'rabeprazole, Aciphex | gi-protection',
  'dexlansoprazole, Dexilant | gi-protection',
  'ranitidine, Zantac | gi-protection',
  'famotidine, Pepcid | gi-protection',

  // Corticosteroids (oral).
  'methylprednisolone, Medrol, Medrol Dosepak | corticosteroid',
  'prednisone | corticosteroid',

  // Medical foods.
  'Theramine | medical-food',
  'Sentra, Sentra AM, Sentra PM | medical-food',
  'Trepadone | medical-food',
  'Gabadone | medical-food',
  'AppTrim | medical-food',
];

export const DRUGS: readonly DrugEntry[] = ROWS.map((row) => {
  const [idAndNames, categories, ingredients] = row.split(' | ');
  const named = idAndNames.split(' = ');
  const names = named[named.length - 1].split(', ');
  const entry: DrugEntry = { id: named.length > 1 ? named[0] : names[0].toLowerCase(), names, categories: categories.split(' ') as TreatmentCategory[] };
  if (ingredients !== undefined) entry.ingredients = ingredients.split(', ');
  return entry;
});
