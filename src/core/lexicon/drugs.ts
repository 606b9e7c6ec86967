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

const APAP = 'acetaminophen';

export const DRUGS: readonly DrugEntry[] = [
  // Opioids. Combination products also count as simple analgesics (they contain acetaminophen).
  { id: 'hydrocodone/acetaminophen', names: ['Norco', 'Vicodin', 'Lortab', 'Lorcet', 'Xodol', 'Hycet', 'hydrocodone/APAP', 'hydrocodone/acetaminophen', 'hydrocodone-acetaminophen', 'hydrocodone bitartrate/acetaminophen'], categories: ['opioid', 'analgesic'], ingredients: ['hydrocodone', APAP] },
  { id: 'hydrocodone', names: ['hydrocodone', 'Hysingla', 'Zohydro'], categories: ['opioid'] },
  { id: 'oxycodone/acetaminophen', names: ['Percocet', 'Endocet', 'Roxicet', 'oxycodone/APAP', 'oxycodone/acetaminophen'], categories: ['opioid', 'analgesic'], ingredients: ['oxycodone', APAP] },
  { id: 'oxycodone', names: ['oxycodone', 'OxyContin', 'Roxicodone', 'Oxecta', 'Xtampza'], categories: ['opioid'] },
  { id: 'oxymorphone', names: ['oxymorphone', 'Opana', 'Opana ER'], categories: ['opioid'] },
  { id: 'morphine', names: ['morphine', 'morphine sulfate', 'MS Contin', 'Kadian', 'Avinza', 'MSIR'], categories: ['opioid'] },
  { id: 'hydromorphone', names: ['hydromorphone', 'Dilaudid', 'Exalgo'], categories: ['opioid'] },
  { id: 'tramadol/acetaminophen', names: ['Ultracet', 'tramadol/APAP', 'tramadol/acetaminophen'], categories: ['opioid', 'analgesic'], ingredients: ['tramadol', APAP] },
  { id: 'tramadol', names: ['tramadol', 'Ultram', 'Ultram ER', 'Ryzolt', 'ConZip', 'Rybix'], categories: ['opioid'] },
  { id: 'tapentadol', names: ['tapentadol', 'Nucynta', 'Nucynta ER'], categories: ['opioid'] },
  { id: 'fentanyl', names: ['fentanyl', 'Duragesic', 'Fentora', 'Actiq'], categories: ['opioid'] },
  { id: 'methadone', names: ['methadone', 'Dolophine'], categories: ['opioid'] },
  { id: 'buprenorphine', names: ['buprenorphine', 'Butrans', 'Belbuca', 'Subutex'], categories: ['opioid', 'opioid-related'] },
  { id: 'buprenorphine/naloxone', names: ['Suboxone', 'Zubsolv', 'buprenorphine/naloxone'], categories: ['opioid', 'opioid-related'], ingredients: ['buprenorphine', 'naloxone'] },
  { id: 'codeine/acetaminophen', names: ['Tylenol with codeine', 'Tylenol #3', 'Tylenol No. 3', 'acetaminophen/codeine', 'APAP/codeine'], categories: ['opioid', 'analgesic'], ingredients: ['codeine', APAP] },
  { id: 'codeine', names: ['codeine'], categories: ['opioid'] },
  { id: 'meperidine', names: ['meperidine', 'Demerol'], categories: ['opioid'] },
  { id: 'levorphanol', names: ['levorphanol'], categories: ['opioid'] },
  { id: 'naloxone', names: ['naloxone', 'Narcan', 'Evzio'], categories: ['opioid-related'] },

  // Remedies for opioid side effects.
  { id: 'docusate', names: ['docusate', 'Colace'], categories: ['opioid-related'] },
  { id: 'senna', names: ['senna', 'sennosides', 'Senokot', 'Senokot-S'], categories: ['opioid-related'] },
  { id: 'lubiprostone', names: ['lubiprostone', 'Amitiza'], categories: ['opioid-related'] },
  { id: 'naloxegol', names: ['naloxegol', 'Movantik'], categories: ['opioid-related'] },
  { id: 'methylnaltrexone', names: ['methylnaltrexone', 'Relistor'], categories: ['opioid-related'] },
  { id: 'ondansetron', names: ['ondansetron', 'Zofran'], categories: ['opioid-related'] },
  { id: 'promethazine', names: ['promethazine', 'Phenergan'], categories: ['opioid-related', 'hypnotic-sedative'] },
  { id: 'metoclopramide', names: ['metoclopramide', 'Reglan'], categories: ['opioid-related', 'gi-protection'] },

  // Muscle relaxants and antispasticity drugs.
  { id: 'tizanidine', names: ['tizanidine', 'Zanaflex'], categories: ['muscle-relaxant'] },
  { id: 'cyclobenzaprine', names: ['cyclobenzaprine', 'Flexeril', 'Fexmid', 'Amrix'], categories: ['muscle-relaxant'] },
  { id: 'methocarbamol', names: ['methocarbamol', 'Robaxin'], categories: ['muscle-relaxant'] },
  { id: 'carisoprodol', names: ['carisoprodol', 'Soma'], categories: ['muscle-relaxant'] },
  { id: 'baclofen', names: ['baclofen', 'Lioresal', 'Gablofen'], categories: ['muscle-relaxant'] },
  { id: 'metaxalone', names: ['metaxalone', 'Skelaxin'], categories: ['muscle-relaxant'] },
  { id: 'orphenadrine', names: ['orphenadrine', 'Norflex', 'Norgesic'], categories: ['muscle-relaxant'] },
  { id: 'chlorzoxazone', names: ['chlorzoxazone', 'Parafon Forte', 'Lorzone'], categories: ['muscle-relaxant'] },
  { id: 'dantrolene', names: ['dantrolene', 'Dantrium'], categories: ['muscle-relaxant'] },

  // Anticonvulsants and neuropathic pain agents.
  { id: 'gabapentin', names: ['gabapentin', 'Neurontin', 'Gralise', 'Horizant', 'gabapentin enacarbil'], categories: ['anticonvulsant'] },
  { id: 'pregabalin', names: ['pregabalin', 'Lyrica'], categories: ['anticonvulsant'] },
  { id: 'topiramate', names: ['topiramate', 'Topamax'], categories: ['anticonvulsant'] },
  { id: 'carbamazepine', names: ['carbamazepine', 'Tegretol'], categories: ['anticonvulsant'] },
  { id: 'oxcarbazepine', names: ['oxcarbazepine', 'Trileptal'], categories: ['anticonvulsant'] },
  { id: 'lamotrigine', names: ['lamotrigine', 'Lamictal'], categories: ['anticonvulsant'] },
  { id: 'levetiracetam', names: ['levetiracetam', 'Keppra'], categories: ['anticonvulsant'] },
  { id: 'divalproex', names: ['divalproex', 'valproic acid', 'Depakote'], categories: ['anticonvulsant'] },
  { id: 'zonisamide', names: ['zonisamide', 'Zonegran'], categories: ['anticonvulsant'] },

  // Hypnotics, sedatives and benzodiazepines.
  { id: 'zolpidem', names: ['zolpidem', 'Ambien', 'Ambien CR', 'Intermezzo', 'Edluar', 'Zolpimist'], categories: ['hypnotic-sedative'] },
  { id: 'eszopiclone', names: ['eszopiclone', 'Lunesta'], categories: ['hypnotic-sedative'] },
  { id: 'zaleplon', names: ['zaleplon', 'Sonata'], categories: ['hypnotic-sedative'] },
  { id: 'ramelteon', names: ['ramelteon', 'Rozerem'], categories: ['hypnotic-sedative'] },
  { id: 'suvorexant', names: ['suvorexant', 'Belsomra'], categories: ['hypnotic-sedative'] },
  { id: 'temazepam', names: ['temazepam', 'Restoril'], categories: ['hypnotic-sedative'] },
  { id: 'alprazolam', names: ['alprazolam', 'Xanax'], categories: ['hypnotic-sedative'] },
  { id: 'lorazepam', names: ['lorazepam', 'Ativan'], categories: ['hypnotic-sedative'] },
  { id: 'diazepam', names: ['diazepam', 'Valium'], categories: ['hypnotic-sedative', 'muscle-relaxant'] },
  { id: 'clonazepam', names: ['clonazepam', 'Klonopin'], categories: ['hypnotic-sedative', 'anticonvulsant'] },
  { id: 'melatonin', names: ['melatonin'], categories: ['hypnotic-sedative'] },
  { id: 'hydroxyzine', names: ['hydroxyzine', 'Vistaril', 'Atarax'], categories: ['hypnotic-sedative'] },

  // NSAIDs. Diclofenac's topical forms (Flector, Pennsaid, Voltaren gel) are topical analgesics too.
  { id: 'ibuprofen', names: ['ibuprofen', 'Motrin', 'Advil'], categories: ['nsaid'] },
  { id: 'naproxen', names: ['naproxen', 'naproxen sodium', 'Naprosyn', 'Anaprox', 'Anaprox DS', 'Aleve', 'Naprelan'], categories: ['nsaid'] },
  { id: 'diclofenac', names: ['diclofenac', 'Voltaren', 'Voltaren XR', 'Zorvolex', 'Zipsor', 'Cambia'], categories: ['nsaid', 'topical-analgesic'] },
  { id: 'diclofenac/misoprostol', names: ['Arthrotec'], categories: ['nsaid', 'gi-protection'], ingredients: ['diclofenac', 'misoprostol'] },
  { id: 'diclofenac topical', names: ['Flector', 'Pennsaid'], categories: ['nsaid', 'topical-analgesic'], ingredients: ['diclofenac'] },
  { id: 'meloxicam', names: ['meloxicam', 'Mobic'], categories: ['nsaid'] },
  { id: 'celecoxib', names: ['celecoxib', 'Celebrex'], categories: ['nsaid'] },
  { id: 'etodolac', names: ['etodolac', 'Lodine'], categories: ['nsaid'] },
  { id: 'nabumetone', names: ['nabumetone', 'Relafen'], categories: ['nsaid'] },
  { id: 'ketoprofen', names: ['ketoprofen'], categories: ['nsaid', 'topical-analgesic'] },
  { id: 'ketorolac', names: ['ketorolac', 'Toradol', 'Sprix'], categories: ['nsaid'] },
  { id: 'indomethacin', names: ['indomethacin', 'Indocin'], categories: ['nsaid'] },
  { id: 'diflunisal', names: ['diflunisal', 'Dolobid'], categories: ['nsaid'] },
  { id: 'piroxicam', names: ['piroxicam', 'Feldene'], categories: ['nsaid'] },
  { id: 'flurbiprofen', names: ['flurbiprofen', 'Ansaid'], categories: ['nsaid', 'topical-analgesic'] },
  { id: 'oxaprozin', names: ['oxaprozin', 'Daypro'], categories: ['nsaid'] },
  { id: 'sulindac', names: ['sulindac', 'Clinoril'], categories: ['nsaid'] },
  { id: 'fenoprofen', names: ['fenoprofen', 'Nalfon'], categories: ['nsaid'] },
  { id: 'ibuprofen/famotidine', names: ['Duexis'], categories: ['nsaid', 'gi-protection'], ingredients: ['ibuprofen', 'famotidine'] },
  { id: 'naproxen/esomeprazole', names: ['Vimovo'], categories: ['nsaid', 'gi-protection'], ingredients: ['naproxen', 'esomeprazole'] },

  // Simple analgesics.
  { id: 'acetaminophen', names: ['acetaminophen', 'APAP', 'Tylenol', 'paracetamol'], categories: ['analgesic'] },

  // Topical and compounded analgesics (ingredients of creams, patches and branded kits).
  { id: 'lidocaine', names: ['lidocaine', 'Lidoderm', 'Xylocaine'], categories: ['topical-analgesic'] },
  { id: 'lidopro', names: ['LidoPro'], categories: ['topical-analgesic'], ingredients: ['capsaicin', 'lidocaine', 'menthol', 'methyl salicylate'] },
  { id: 'capsaicin', names: ['capsaicin', 'Zostrix', 'Qutenza'], categories: ['topical-analgesic'] },
  { id: 'menthol', names: ['menthol'], categories: ['topical-analgesic'] },
  { id: 'methyl salicylate', names: ['methyl salicylate', 'Ben-Gay', 'BenGay'], categories: ['topical-analgesic'] },
  { id: 'camphor', names: ['camphor'], categories: ['topical-analgesic'] },
  { id: 'terocin', names: ['Terocin'], categories: ['topical-analgesic'], ingredients: ['methyl salicylate', 'capsaicin', 'menthol', 'lidocaine'] },
  { id: 'medrox', names: ['Medrox'], categories: ['topical-analgesic'], ingredients: ['methyl salicylate', 'menthol', 'capsaicin'] },
  { id: 'dendracin', names: ['Dendracin'], categories: ['topical-analgesic'], ingredients: ['methyl salicylate', 'menthol', 'capsaicin'] },
  { id: 'ketamine', names: ['ketamine'], categories: ['topical-analgesic', 'anticonvulsant'] },
  { id: 'amantadine', names: ['amantadine'], categories: ['topical-analgesic'] },
  { id: 'tramadol topical', names: ['Ultram cream'], categories: ['topical-analgesic', 'opioid'], ingredients: ['tramadol'] },

  // Antidepressants. Tricyclics and SNRIs are also neuropathic pain agents; trazodone and
  // mirtazapine are used for sleep.
  { id: 'amitriptyline', names: ['amitriptyline', 'Elavil'], categories: ['antidepressant', 'anticonvulsant'] },
  { id: 'nortriptyline', names: ['nortriptyline', 'Pamelor'], categories: ['antidepressant', 'anticonvulsant'] },
  { id: 'desipramine', names: ['desipramine', 'Norpramin'], categories: ['antidepressant', 'anticonvulsant'] },
  { id: 'duloxetine', names: ['duloxetine', 'Cymbalta'], categories: ['antidepressant', 'anticonvulsant'] },
  { id: 'venlafaxine', names: ['venlafaxine', 'Effexor', 'Effexor XR'], categories: ['antidepressant', 'anticonvulsant'] },
  { id: 'milnacipran', names: ['milnacipran', 'Savella'], categories: ['antidepressant', 'anticonvulsant'] },
  { id: 'trazodone', names: ['trazodone', 'Desyrel', 'Oleptro'], categories: ['antidepressant', 'hypnotic-sedative'] },
  { id: 'mirtazapine', names: ['mirtazapine', 'Remeron'], categories: ['antidepressant', 'hypnotic-sedative'] },
  { id: 'doxepin', names: ['doxepin', 'Silenor'], categories: ['antidepressant', 'hypnotic-sedative'] },
  { id: 'sertraline', names: ['sertraline', 'Zoloft'], categories: ['antidepressant'] },
  { id: 'fluoxetine', names: ['fluoxetine', 'Prozac'], categories: ['antidepressant'] },
  { id: 'citalopram', names: ['citalopram', 'Celexa'], categories: ['antidepressant'] },
  { id: 'escitalopram', names: ['escitalopram', 'Lexapro'], categories: ['antidepressant'] },
  { id: 'paroxetine', names: ['paroxetine', 'Paxil'], categories: ['antidepressant'] },
  { id: 'bupropion', names: ['bupropion', 'Wellbutrin'], categories: ['antidepressant'] },

  // Stomach protection.
  { id: 'omeprazole', names: ['omeprazole', 'Prilosec'], categories: ['gi-protection'] },
  { id: 'pantoprazole', names: ['pantoprazole', 'Protonix'], categories: ['gi-protection'] },
  { id: 'esomeprazole', names: ['esomeprazole', 'Nexium'], categories: ['gi-protection'] },
  { id: 'lansoprazole', names: ['lansoprazole', 'Prevacid'], categories: ['gi-protection'] },
  { id: 'rabeprazole', names: ['rabeprazole', 'Aciphex'], categories: ['gi-protection'] },
  { id: 'dexlansoprazole', names: ['dexlansoprazole', 'Dexilant'], categories: ['gi-protection'] },
  { id: 'ranitidine', names: ['ranitidine', 'Zantac'], categories: ['gi-protection'] },
  { id: 'famotidine', names: ['famotidine', 'Pepcid'], categories: ['gi-protection'] },

  // Corticosteroids (oral).
  { id: 'methylprednisolone', names: ['methylprednisolone', 'Medrol', 'Medrol Dosepak'], categories: ['corticosteroid'] },
  { id: 'prednisone', names: ['prednisone'], categories: ['corticosteroid'] },

  // Medical foods.
  { id: 'theramine', names: ['Theramine'], categories: ['medical-food'] },
  { id: 'sentra', names: ['Sentra', 'Sentra AM', 'Sentra PM'], categories: ['medical-food'] },
  { id: 'trepadone', names: ['Trepadone'], categories: ['medical-food'] },
  { id: 'gabadone', names: ['Gabadone'], categories: ['medical-food'] },
  { id: 'apptrim', names: ['AppTrim'], categories: ['medical-food'] },
];
