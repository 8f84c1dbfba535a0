// The plan's trend over its git history as plain data, as `proj trend` and the preview's History
// tab read it: the versions read (in worker threads where the build has their bundle), measured,
// and charted.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { planTrend, trendChart } from '../engine/plan-trend.js';
import type { TrendProject } from '../engine/trend-text.js';
import type { HistoryView } from '../preview/preview-protocol.js';
import { revisionReaderServices } from '../proj-module.js';
import { readPlanHistory } from './plan-history.js';
import { PlanReader } from './plan-reader.js';
import { readInThread, readInWorkers, type VersionReader } from './version-reading.js';

/** The bundle of plan-reader-worker.ts that esbuild.mjs writes beside the CLI's and the server's. */
const WORKER_BUNDLE = 'plan-reader-worker.cjs';

/**
 * Reads versions in worker threads running the bundle in `directory` (out/, beside the bundle that
 * asks), or with `planReader` in this thread for a few texts, or when run from source (no bundle).
 */
export function bundledVersionReader(directory: string, planReader = new PlanReader(revisionReaderServices)): VersionReader {
    const script = path.join(directory, WORKER_BUNDLE);
    return readInWorkers(script, () => readInThread(planReader), existsSync(script) ? undefined : 1);
}

export interface HistoryViewOptions {
    readonly reader: VersionReader;
    readonly project: TrendProject;
    /** The first baseline the plan names: the finish variance counts from it. */
    readonly baseline?: string;
    readonly since?: string;
    /** The files of the plans it is linked with, read as they were at each version. */
    readonly linked?: readonly string[];
}

/**
 * The trend of `project` in `file` over the history of HEAD, with its charts' data. Rejects as
 * readPlanHistory does when there is no history to read.
 */
export async function planHistoryView(file: string, options: HistoryViewOptions): Promise<HistoryView> {
    const history = await readPlanHistory(file, { reader: options.reader, project: options.project.id, since: options.since, baseline: options.baseline, linked: options.linked });
    const trend = planTrend(history);
    return { project: options.project, path: history.path, since: options.since, shallow: history.shallow, trend, chart: trendChart(trend) };
}
