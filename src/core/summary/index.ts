// Pure renderers shared by the CLI and the extension: same input, same bytes.
export { renderMarkdown, renderMarkdownAll, MarkdownStream } from './markdown';
export { renderJson, renderCheckJson, findingJson, JsonStream, JsonLinesStream, type CheckFileResult, type Problem } from './json';
export { renderCsv, csvRowsOf, CsvStream, CSV_COLUMNS, type CsvRow } from './csv';
export { exportStream, renderExport, renderLetter, type ExportFormat, type ExportStream, type RenderedLetter } from './exportStream';
export { renderText, renderTextFinding, leftOutText } from './text';
export { renderSarif } from './sarif';
export { SCHEMA_VERSION, countReport, addSeverities, addCounts, zeroCounts, caseNumber, type LetterReport, type Counts } from './report';
export { escapeControls, escapeMarkdownInline, neutralizeCsvCell } from '../text/escape';
export { summarizeDecisions, type DecisionsOverview, type OverviewRow } from './overview';
