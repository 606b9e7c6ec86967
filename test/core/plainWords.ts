// What a reader-facing text must not say (issue 16, point 4): the tool's inner workings (the cue a
// conclusion was read from, its negators, layout and section ids as the model spells them) and the
// retired names for one idea ("undecided", "without decision": the term is "no decision"; "info" is
// a mass noun, never "infos"). The ids are read from the model's own type declarations, so a new
// layout or section kind is denied too.
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './helpers';

function hyphenatedIds(typeName: string): string[] {
  const model = fs.readFileSync(path.join(REPO, 'src', 'core', 'model.ts'), 'utf8');
  const at = model.indexOf(`export type ${typeName} =`);
  if (at < 0) throw new Error(`model.ts declares no ${typeName}`);
  const declaration = model.slice(at, model.indexOf(';', at));
  return [...declaration.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)].map((m) => m[1]);
}

const IDS = [...hyphenatedIds('Layout'), ...hyphenatedIds('SectionKind')];

/** Internal words, as one pattern: "cue", "negat…", the layout and section ids, "undecided", "infos", "without decision". */
export const INTERNAL_WORDS = new RegExp(`\\bcues?\\b|negat|\\bundecided\\b|\\binfos\\b|without decision|${IDS.map((id) => `\\b${id}\\b`).join('|')}`, 'i');

/** The internal words `text` holds (none: []). */
export function internalWords(text: string): string[] {
  return [...text.matchAll(new RegExp(INTERNAL_WORDS.source, 'gi'))].map((m) => m[0]);
}
