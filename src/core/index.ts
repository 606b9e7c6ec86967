// The core's facade: everything the adapters (extension, CLI) and the tests may use.
// Pure TypeScript: no `vscode`, no Node built-ins.
export * from './model';
export { parseLetter } from './parse/letter';
export { looksLikeLetter, DETECT_PREFIX_CHARS } from './parse/structure/detect';
export { analyze, type Analysis } from './analyze';
export { LetterAnalyzer } from './analyzer';
export { runRules, type RunOptions } from './engine';
export { rules, findRule } from './rules/index';
export type { Rule, RuleDocs, RuleReport } from './rules/rule';
export { parseConfig, readIgnoreEntry, mergeConfigs, suppression, emptyConfig, configSearchFolders, CONFIG_FILE_NAME, type Config, type ConfigParseResult, type RuleSetting, type Suppression } from './config';
export { parseJsonTree, properties, MAX_NESTING, type JsonTree, type Property } from './jsonTree';
export { compareRanges, comparePositions, containsPosition } from './text/ranges';
export * from './summary/index';
export * from './present/index';
export { itemTreatment, type ItemTreatment } from './lexicon/treatment';
export { treatmentRefs, treatmentsMatch, matchingTreatment, type TreatmentRef } from './lexicon/search';
export { decodeLetter, sizeProblem, megabytes, DEFAULT_MAX_SIZE_MB, type LetterRead } from './decode';
export { SKIPPED_FOLDERS, isLetterFileName, compareNames, compareLetterPaths } from './letterFiles';
