// Worker thread for the core-level batch row: reads and analyses the files it is given, as a CLI
// worker would, and reports how many letters and findings it saw.
const fs = require('fs');
const { parentPort, workerData } = require('worker_threads');

const core = require(workerData.corePath);
let findings = 0;
for (const file of workerData.files) findings += core.analyze(fs.readFileSync(file, 'utf8'), { file }).findings.length;
parentPort.postMessage({ letters: workerData.files.length, findings });
