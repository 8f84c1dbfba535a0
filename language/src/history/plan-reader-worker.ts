// A worker thread that reads versions of a plan for version-reading.ts: each message a text, each
// answer its outcome as plain data. It has a language instance of its own, made on its first text.
import { parentPort } from 'node:worker_threads';
import { revisionReaderServices } from '../proj-module.js';
import { PlanReader } from './plan-reader.js';
import { readVersion, type VersionAnswer, type VersionJob } from './version-reading.js';

const reader = new PlanReader(revisionReaderServices);

parentPort?.on('message', async (job: VersionJob) => {
    const answer: VersionAnswer = { key: job.key, outcome: await readVersion(reader, job, job.project) };
    parentPort!.postMessage(answer);
});
