// Bench corpora: the synthetic fixture and example letters of the repository, plus letters made
// here from templates (fictional workers, invented sentences; never the real seed letters' text).
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const LETTER_DIRS = ['test/fixtures/letters', 'examples'];
const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');

/** Small deterministic PRNG (mulberry32) so every run builds the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

function shuffle(r, xs) {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

// Fictional treatments with the guideline line a reviewer would cite for them.
const TREATMENTS = [
  ['Tramadol ER 150mg #60', 'MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 76-80, 93-94', 'opioid'],
  ['Cyclobenzaprine 7.5mg #60 with 2 refills', 'MTUS Chronic Pain Medical Treatment Guidelines, Muscle relaxants, Page(s): 41-42, 63', 'muscle relaxant'],
  ['Physical therapy 2 times a week for 6 weeks for the lumbar spine', 'MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, Page(s): 98-99', 'therapy'],
  ['Magnetic resonance imaging of the left knee without contrast', 'MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 13 Knee Complaints, Page(s): 341-343', 'imaging'],
  ['Lidocaine 5% patch #30', 'MTUS Chronic Pain Medical Treatment Guidelines, Topical analgesics, Page(s): 111-113', 'topical'],
  ['One transcutaneous electrical nerve stimulation unit for home use', 'MTUS Chronic Pain Medical Treatment Guidelines, TENS, Page(s): 114-116', 'device'],
  ['Gabapentin 300mg #90', 'MTUS Chronic Pain Medical Treatment Guidelines, Anti-epilepsy drugs, Page(s): 16-18', 'anticonvulsant'],
  ['Aquatic therapy 8 sessions', 'MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy, Page(s): 22', 'therapy'],
  ['Functional restoration program evaluation', 'MTUS Chronic Pain Medical Treatment Guidelines, Chronic pain programs, Page(s): 30-32, 49', 'program'],
  ['Urine drug screen', 'MTUS Chronic Pain Medical Treatment Guidelines, Drug testing, Page(s): 43', 'test'],
];
const FIRST = ['The injured worker', 'The applicant', 'The patient', 'This worker'];
const SPECIALTIES = ['Orthopaedic Surgery', 'Internal Medicine', 'Anesthesiology', 'Neurology', 'Family Practice'];
const STATES = ['California', 'Oregon', 'Arizona', 'Texas', 'New York', 'Washington'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function date(r, year) {
  return `${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, ${year}`;
}

// Rationale sentences: invented, generic, and consistent with the decision.
function rationale(r, title, kind, upheld) {
  const subject = title.split(' ').slice(0, 3).join(' ').toLowerCase();
  const background = [
    `The guidelines support ${kind} treatment when there is documented functional improvement and a reduction in pain scores.`,
    `Records from the treating physician describe ongoing pain of 6/10 with limited tolerance for standing and walking.`,
    `A trial is reasonable when first-line measures have been tried and the goals of treatment are written down.`,
    `The progress notes list the current medications and the dates of the most recent visits.`,
  ];
  const evidence = upheld
    ? [
        `The submitted notes do not describe objective functional gains from the prior course of ${kind}.`,
        `There is no documentation of failed first-line care or of a plan with measurable goals.`,
      ]
    : [
        `The notes document better sitting tolerance and a return to modified duty after the first trial.`,
        `The treating physician recorded failed first-line care and measurable goals for this ${kind}.`,
      ];
  const conclusion = upheld
    ? `Therefore, the request for ${subject} is not medically necessary.`
    : `Therefore, the request for ${subject} is medically necessary.`;
  const n = 2 + Math.floor(r() * 3);
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(r, background));
  out.push(pick(r, evidence), conclusion);
  return out.join(' ');
}

/** Wraps prose at about `width` columns, as PDF extraction does. */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A synthetic letter in the final-determination layout.
 * options: seed, items (count), header (bool), doubleSpaced (bool), crlf (bool), width (columns).
 */
function makeLetter(options = {}) {
  const r = rng(options.seed ?? 1);
  const items = options.items ?? 3;
  const width = options.width ?? 100;
  const year = 2014 + Math.floor(r() * 3);
  const out = [];
  const para = (text) => out.push(...wrap(text, width));
  if (options.header) {
    out.push(`Case Number: CM${String(year).slice(2)}-${String(100000 + Math.floor(r() * 899999))}`);
    out.push(`Date Assigned: ${1 + Math.floor(r() * 12)}/${1 + Math.floor(r() * 28)}/${year}`);
    out.push(`Date of Injury: ${1 + Math.floor(r() * 12)}/${1 + Math.floor(r() * 28)}/${year - 3}`);
    out.push(`UR Denial Date: ${1 + Math.floor(r() * 12)}/${1 + Math.floor(r() * 28)}/${year}`);
    out.push('Priority: Standard', '');
  }
  out.push('HOW THE IMR FINAL DETERMINATION WAS MADE');
  para(
    `MAXIMUS Federal Services passed the case file to a physician reviewer who is independent of every party to the dispute. ` +
      `The expert reviewer is Board Certified in ${pick(r, SPECIALTIES)} and is licensed to practice in ${pick(r, STATES)}. ` +
      `The reviewer keeps an active clinical practice and knows the rules that govern Independent Medical Review.`,
  );
  out.push('', 'CLINICAL CASE SUMMARY');
  const age = 25 + Math.floor(r() * 40);
  para(
    `${pick(r, FIRST)} is a ${age}-year-old ${r() < 0.5 ? 'male' : 'female'} who was injured on ${date(r, year - 3)} while moving stock in a warehouse. ` +
      `A progress note dated ${date(r, year)} records pain in the back and the knee with reduced range of motion. ` +
      `Utilization review on ${date(r, year)} did not certify the requests listed below.`,
  );
  out.push('', 'IMR ISSUES, DECISIONS AND RATIONALES', 'The Final Determination was based on decisions for the disputed items/services set forth below:', '');
  // Each treatment once per round, in a shuffled order; later rounds get a distinct suffix
  // (a long letter repeats no heading, so only the rules under test fire).
  const order = [];
  for (let i = 0; i < items; i++) {
    if (i % TREATMENTS.length === 0) order.push(...shuffle(r, TREATMENTS.map((_, k) => k)));
    const [base, citation, kind] = TREATMENTS[order[i]];
    const title = i < TREATMENTS.length ? base : `${base}, request ${i + 1}`;
    const upheld = r() < 0.6;
    out.push(`${title}:  ${upheld ? 'Upheld' : 'Overturned'}`);
    out.push(...wrap(`Claims Administrator guideline: Decision based on ${citation}.`, width));
    out.push(...wrap(`MAXIMUS guideline: Decision based on ${citation}.`, width));
    out.push(...wrap(`Decision rationale: ${rationale(r, title, kind, upheld)}`, width));
    out.push('');
  }
  let lines = out;
  // PDF double spacing: every line followed by an empty one, a true blank holding one space.
  if (options.doubleSpaced) lines = out.flatMap((l) => [l.length === 0 ? ' ' : l, '']);
  return lines.join(options.crlf ? '\r\n' : '\n');
}

/** Letters of the repository (fixtures and examples), only those the core recognises as letters. */
function repositoryLetters(looksLikeLetter) {
  const letters = [];
  for (const dir of LETTER_DIRS) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = fs.readFileSync(path.join(abs, f), 'utf8');
      if (looksLikeLetter(text)) letters.push({ name: `${dir}/${f}`, text });
    }
  }
  return letters;
}

/** Template letters in every form (single/double spacing, LF/CRLF, with and without header). */
function templateLetters(count) {
  const letters = [];
  for (let i = 0; i < count; i++) {
    const text = makeLetter({ seed: 1000 + i, items: 1 + (i % 5), header: i % 2 === 0, doubleSpaced: i % 3 === 0, crlf: i % 4 === 1 });
    letters.push({ name: `template-${i}`, text });
  }
  return letters;
}

/** The real letters from ../shared/seeds, read at run time only (never copied into the project). */
function seedLetters() {
  if (!fs.existsSync(SEEDS_DIR)) return [];
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `seeds/${f}`, text: fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8') }));
}

/** The bench corpus's letters: the repository's synthetic letters plus 40 template letters. */
function benchLetters(looksLikeLetter) {
  return [...repositoryLetters(looksLikeLetter), ...templateLetters(40)];
}

/** A fresh, flat copy of a string, so repeated letters are distinct strings in memory. */
function copyString(s) {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/** Repeats `letters` (each a distinct string) until the total reaches `minBytes` UTF-8 bytes. */
function repeatTo(letters, minBytes) {
  const out = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const l of letters) {
      out.push(copyString(l.text));
      bytes += Buffer.byteLength(l.text, 'utf8');
      if (bytes >= minBytes) break;
    }
  }
  return { texts: out, bytes };
}

module.exports = { ROOT, SEEDS_DIR, makeLetter, benchLetters, repositoryLetters, templateLetters, seedLetters, repeatTo, copyString, rng };
