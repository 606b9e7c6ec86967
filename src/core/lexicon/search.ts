// Finding items by treatment name through the lexicon, for the decisions tree's filter and Ctrl+T:
// "hydrocodone" finds Norco items, "gabapentin" finds Neurontin ones, "Neurontin" finds gabapentin.
import { findTreatments, ingredientsOf } from './lookup';

/** A treatment a text names: a drug by its active ingredients, or a service by its lexicon id. */
export interface TreatmentRef {
  kind: 'drug' | 'service';
  /** Ingredient ids for drugs (Norco: hydrocodone, acetaminophen), the entry id for services. */
  keys: readonly string[];
  /** The name as the text writes it. */
  name: string;
}

export function treatmentRefs(text: string): TreatmentRef[] {
  const out: TreatmentRef[] = [];
  const seen = new Set<string>();
  for (const m of findTreatments(text)) {
    const ref: TreatmentRef = m.drug ? { kind: 'drug', keys: ingredientsOf(m.drug), name: m.text } : { kind: 'service', keys: [m.service!.id], name: m.text };
    const id = `${ref.kind}:${ref.keys.join('+')}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(ref);
    }
  }
  return out;
}

/**
 * True when an item naming `item` is a match for a query naming `query`: every ingredient the query
 * names is in the item ("hydrocodone" matches Norco; "Norco" does not match plain acetaminophen),
 * or the same service.
 */
function treatmentCovers(query: TreatmentRef, item: TreatmentRef): boolean {
  if (query.kind !== item.kind) return false;
  return query.keys.every((k) => item.keys.includes(k));
}

/** The first treatment of the query found among the item's, or undefined. */
export function matchingTreatment(query: readonly TreatmentRef[], item: readonly TreatmentRef[]): TreatmentRef | undefined {
  return query.find((q) => item.some((i) => treatmentCovers(q, i)));
}

/** True when some treatment of the query is found among the item's. */
export function treatmentsMatch(query: readonly TreatmentRef[], item: readonly TreatmentRef[]): boolean {
  return matchingTreatment(query, item) !== undefined;
}
