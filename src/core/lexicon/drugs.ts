// Medications seen in workers' compensation IMR letters: generic and brand names -> category.
// Data only. Names match as whole words, case-insensitively; short ALL-CAPS abbreviations match
// only in capitals. `ingredients` lets a brand and its generic be recognised as the same drug
// (Norco = hydrocodone + acetaminophen), which IMR008 needs to compare what the heading and the
// rationale name.
import { categoryList, type TreatmentCategory } from './categories';

export interface DrugEntry {
  /** Canonical generic name (lower case). */
  id: string;
  /** Generic, brand and common abbreviated names, as letters write them. */
  names: readonly string[];
  categories: readonly TreatmentCategory[];
  /** Active ingredients (generic ids); defaults to [id]. */
  ingredients?: readonly string[];
}

// One row a drug: 'names', 'names | categories' or 'names | categories | ingredients'. Names and
// ingredients are separated by ', ', categories by spaces; a row without categories has its
// section's. The id is the first name in lower case unless the row begins 'id = '. Rows, not
// objects, because every object repeated its keys in the shipped bundle.
export const DRUGS: readonly DrugEntry[] = [
  // Opioids. Combination products also count as simple analgesics (they contain acetaminophen).
  ...section('opioid', [
    'hydrocodone/acetaminophen = Norco, Vicodin, Lortab, Lorcet, Xodol, Hycet, hydrocodone/APAP, hydrocodone/acetaminophen, hydrocodone-acetaminophen, hydrocodone bitartrate/acetaminophen | opioid analgesic | hydrocodone, acetaminophen',
    'hydrocodone, Hysingla, Zohydro',
    'oxycodone/acetaminophen = Percocet, Endocet, Roxicet, oxycodone/APAP, oxycodone/acetaminophen | opioid analgesic | oxycodone, acetaminophen',
    'oxycodone, OxyContin, Roxicodone, Oxecta, Xtampza',
    'oxymorphone, Opana, Opana ER',
    'morphine, morphine sulfate, MS Contin, Kadian, Avinza, MSIR',
    'hydromorphone, Dilaudid, Exalgo',
    'tramadol/acetaminophen = Ultracet, tramadol/APAP, tramadol/acetaminophen | opioid analgesic | tramadol, acetaminophen',
    'tramadol, Ultram, Ultram ER, Ryzolt, ConZip, Rybix',
    'tapentadol, Nucynta, Nucynta ER',
    'fentanyl, Duragesic, Fentora, Actiq',
    'methadone, Dolophine',
    'buprenorphine, Butrans, Belbuca, Subutex | opioid opioid-related',
    'buprenorphine/naloxone = Suboxone, Zubsolv, buprenorphine/naloxone | opioid opioid-related | buprenorphine, naloxone',
    'codeine/acetaminophen = Tylenol with codeine, Tylenol #3, Tylenol No. 3, acetaminophen/codeine, APAP/codeine | opioid analgesic | codeine, acetaminophen',
    'codeine',
    'meperidine, Demerol',
    'levorphanol',
    'naloxone, Narcan, Evzio | opioid-related',
  ]),

  // Remedies for opioid side effects.
  ...section('opioid-related', [
    'docusate, Colace',
    'senna, sennosides, Senokot, Senokot-S',
    'lubiprostone, Amitiza',
    'naloxegol, Movantik',
    'methylnaltrexone, Relistor',
    'ondansetron, Zofran',
    'promethazine, Phenergan | opioid-related hypnotic-sedative',
    'metoclopramide, Reglan | opioid-related gi-protection',
  ]),

  // Muscle relaxants and antispasticity drugs.
  ...section('muscle-relaxant', [
    'tizanidine, Zanaflex',
    'cyclobenzaprine, Flexeril, Fexmid, Amrix',
    'methocarbamol, Robaxin',
    'carisoprodol, Soma',
    'baclofen, Lioresal, Gablofen',
    'metaxalone, Skelaxin',
    'orphenadrine, Norflex, Norgesic',
    'chlorzoxazone, Parafon Forte, Lorzone',
    'dantrolene, Dantrium',
  ]),

  // Anticonvulsants and neuropathic pain agents.
  ...section('anticonvulsant', [
    'gabapentin, Neurontin, Gralise, Horizant, gabapentin enacarbil',
    'pregabalin, Lyrica',
    'topiramate, Topamax',
    'carbamazepine, Tegretol',
    'oxcarbazepine, Trileptal',
    'lamotrigine, Lamictal',
    'levetiracetam, Keppra',
    'divalproex, valproic acid, Depakote',
    'zonisamide, Zonegran',
  ]),

  // Hypnotics, sedatives and benzodiazepines.
  ...section('hypnotic-sedative', [
    'zolpidem, Ambien, Ambien CR, Intermezzo, Edluar, Zolpimist',
    'eszopiclone, Lunesta',
    'zaleplon, Sonata',
    'ramelteon, Rozerem',
    'suvorexant, Belsomra',
    'temazepam, Restoril',
    'alprazolam, Xanax',
    'lorazepam, Ativan',
    'diazepam, Valium | hypnotic-sedative muscle-relaxant',
    'clonazepam, Klonopin | hypnotic-sedative anticonvulsant',
    'melatonin',
    'hydroxyzine, Vistaril, Atarax',
  ]),

  // NSAIDs. Diclofenac's topical forms (Flector, Pennsaid, Voltaren gel) are topical analgesics too.
  ...section('nsaid', [
    'ibuprofen, Motrin, Advil',
    'naproxen, naproxen sodium, Naprosyn, Anaprox, Anaprox DS, Aleve, Naprelan',
    'diclofenac, Voltaren, Voltaren XR, Zorvolex, Zipsor, Cambia | nsaid topical-analgesic',
    'diclofenac/misoprostol = Arthrotec | nsaid gi-protection | diclofenac, misoprostol',
    'diclofenac topical = Flector, Pennsaid | nsaid topical-analgesic | diclofenac',
    'meloxicam, Mobic',
    'celecoxib, Celebrex',
    'etodolac, Lodine',
    'nabumetone, Relafen',
    'ketoprofen | nsaid topical-analgesic',
    'ketorolac, Toradol, Sprix',
    'indomethacin, Indocin',
    'diflunisal, Dolobid',
    'piroxicam, Feldene',
    'flurbiprofen, Ansaid | nsaid topical-analgesic',
    'oxaprozin, Daypro',
    'sulindac, Clinoril',
    'fenoprofen, Nalfon',
    'ibuprofen/famotidine = Duexis | nsaid gi-protection | ibuprofen, famotidine',
    'naproxen/esomeprazole = Vimovo | nsaid gi-protection | naproxen, esomeprazole',
  ]),

  // Simple analgesics.
  ...section('analgesic', [
    'acetaminophen, APAP, Tylenol, paracetamol',
  ]),

  // Topical and compounded analgesics (ingredients of creams, patches and branded kits).
  ...section('topical-analgesic', [
    'lidocaine, Lidoderm, Xylocaine',
    'LidoPro | topical-analgesic | capsaicin, lidocaine, menthol, methyl salicylate',
    'capsaicin, Zostrix, Qutenza',
    'menthol',
    'methyl salicylate, Ben-Gay, BenGay',
    'camphor',
    'Terocin | topical-analgesic | methyl salicylate, capsaicin, menthol, lidocaine',
    'Medrox | topical-analgesic | methyl salicylate, menthol, capsaicin',
    'Dendracin | topical-analgesic | methyl salicylate, menthol, capsaicin',
    'ketamine | topical-analgesic anticonvulsant',
    'amantadine',
    'tramadol topical = Ultram cream | topical-analgesic opioid | tramadol',
  ]),

  // Antidepressants. Tricyclics and SNRIs are also neuropathic pain agents; trazodone and
  // mirtazapine are used for sleep.
  ...section('antidepressant anticonvulsant', [
    'amitriptyline, Elavil',
    'nortriptyline, Pamelor',
    'desipramine, Norpramin',
    'duloxetine, Cymbalta',
    'venlafaxine, Effexor, Effexor XR',
    'milnacipran, Savella',
    'trazodone, Desyrel, Oleptro | antidepressant hypnotic-sedative',
    'mirtazapine, Remeron | antidepressant hypnotic-sedative',
    'doxepin, Silenor | antidepressant hypnotic-sedative',
    'sertraline, Zoloft | antidepressant',
    'fluoxetine, Prozac | antidepressant',
    'citalopram, Celexa | antidepressant',
    'escitalopram, Lexapro | antidepressant',
    'paroxetine, Paxil | antidepressant',
    'bupropion, Wellbutrin | antidepressant',
  ]),

  // Stomach protection.
  ...section('gi-protection', [
    'omeprazole, Prilosec',
    'pantoprazole, Protonix',
    'esomeprazole, Nexium',
    'lansoprazole, Prevacid',
    'rabeprazole, Aciphex',
    'dexlansoprazole, Dexilant',
    'ranitidine, Zantac',
    'famotidine, Pepcid',
  ]),

  // Corticosteroids (oral).
  ...section('corticosteroid', [
    'methylprednisolone, Medrol, Medrol Dosepak',
    'prednisone',
  ]),

  // Medical foods.
  ...section('medical-food', [
    'Theramine',
    'Sentra, Sentra AM, Sentra PM',
    'Trepadone',
    'Gabadone',
    'AppTrim',
  ]),
];

/** The drugs of one section of the table above. */
function section(categories: string, rows: readonly string[]): DrugEntry[] {
  return rows.map((row) => {
    const [idAndNames, ownCategories = categories, ingredients] = row.split(' | ');
    const named = idAndNames.split(' = ');
    const names = named[named.length - 1].split(', ');
    const entry: DrugEntry = {
      id: named.length > 1 ? named[0] : names[0].toLowerCase(),
      names,
      categories: categoryList(ownCategories),
    };
    if (ingredients !== undefined) entry.ingredients = ingredients.split(', ');
    return entry;
  });
}
