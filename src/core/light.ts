// The light half of the core's facade: what the extension loads at activation. The model, the
// configuration, letter detection and decoding, the presentation phrases and the summary
// renderers; no parser, no rules, no lexicon. Those are the engine (engineApi.ts), which the
// desktop extension loads as dist/engine.js on its first analysis; index.ts is both halves.
export * from './model';
export { looksLikeLetter, DETECT_PREFIX_CHARS } from './parse/structure/detect';
export type { Analysis } from './analyze';
export type { RunOptions } from './engine';
export type { Rule, RuleDocs, RuleReport } from './rules/rule';
export { parseConfig, readIgnoreEntry, mergeConfigs, suppression, emptyConfig, configSearchFolders, CONFIG_FILE_NAME, REGISTERED_RULES, type RuleKey, type Config, type ConfigParseResult, type RuleSetting, type Suppression } from './config';
export { parseJsonTree, properties, MAX_NESTING, type JsonTree, type Property } from './jsonTree';
export { compareRanges, comparePositions, containsPosition } from './text/ranges';
// The summary renderers, from their own files: summary/index.ts also holds the decisions overview,
// which sorts items by the treatment lexicon (engineApi.ts).
export { renderMarkdown, renderMarkdownAll, MarkdownStream } from './summary/markdown';
export { renderJson, renderCheckJson, findingJson, JsonStream, JsonLinesStream, type CheckFileResult, type Problem } from './summary/json';
export { renderCsv, csvRowsOf, CsvStream, CSV_COLUMNS, type CsvRow } from './summary/csv';
export { exportStream, renderExport, renderLetter, type ExportFormat, type ExportStream, type RenderedLetter } from './summary/exportStream';
export { renderText, renderTextFinding, leftOutText } from './summary/text';
export { renderSarif } from './summary/sarif';
export { SCHEMA_VERSION, countReport, addSeverities, addCounts, zeroCounts, caseNumber, type LetterReport, type Counts } from './summary/report';
export { escapeControls, escapeMarkdownInline, neutralizeCsvCell } from './text/escape';
export type { DecisionsOverview, OverviewRow } from './summary/overview';
export * from './present/index';
export type { ItemTreatment } from './lexicon/treatment';
export type { TreatmentRef } from './lexicon/search';
export { decodeLetter, sizeProblem, megabytes, DEFAULT_MAX_SIZE_MB, type LetterRead } from './decode';
export { SKIPPED_FOLDERS, isLetterFileName, compareNames, compareLetterPaths } from './letterFiles';
