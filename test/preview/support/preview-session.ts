// What the preview browser tests share: the language services that compute a plan's preview model,
// as the server does, one Chromium for the test file, and a fresh page for each test.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Model } from '../../../language/src/generated/ast.js';
import { isProject } from '../../../language/src/generated/ast.js';
import type { ScheduledItem } from '../../../language/src/engine/plan-model.js';
import { builtinStandard } from '../../../language/src/planning/ksb-evidence.js';
import { previewModelOf } from '../../../language/src/preview/preview-model.js';
import type { PreviewModel, PreviewParams } from '../../../language/src/preview/preview-protocol.js';
import { launchChromium } from '../../support/chromium.js';
import { createTestServices, validatePlan } from '../../support/proj-test-services.js';
import { ensureWebviewBuilt, openPreview, type OpenOptions, type PreviewPage } from './preview-page.js';

const ROOT = resolve(__dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'test-results/preview');
/** A name that tries to be markup and Mermaid syntax. */
export const HOSTILE = '<img src=x onerror=alert(1)>: a;b #c';
/** The one file every model is said to come from, as every version of a plan is in the editor. */
export const PLAN_URI = 'file:///work/plans/office-move.proj';
/** The reference plan, examples/office-move.proj, for the tests to rename things in. */
export const OFFICE_MOVE = readFileSync(join(ROOT, 'examples/office-move.proj'), 'utf8');

/** The preview model of a plan, with the schedule it was computed from. */
export interface PlanPreview {
    model: PreviewModel;
    items: readonly ScheduledItem[];
}

export interface PreviewSession {
    /** Validates `text` and computes its preview model, as the server would for `params`. */
    readonly previewOf: (text: string, params?: Omit<PreviewParams, 'uri'>) => Promise<PlanPreview>;
    /**
     * The same for `text` saved as the file `path`: a plan in a git repository can name a baseline,
     * which validation reads from git. The model keeps the file's URI.
     */
    readonly previewOfFile: (path: string, text: string) => Promise<PlanPreview>;
    /** The preview of `texts[index]`, the plans of `texts` linked and validated together as a workspace's files are. */
    readonly previewOfLinked: (texts: readonly string[], index: number) => Promise<PlanPreview>;
    /** Opens a fresh preview page, runs `run` on it and closes it, whatever happens. */
    readonly withPreview: (run: (preview: PreviewPage) => Promise<void>, options?: OpenOptions) => Promise<void>;
}

export interface PreviewSessionOptions {
    /** Passes the built-in standard (ST0310), as the server does, so that models have KSB coverage. */
    readonly builtinStandard?: boolean;
}

/**
 * Sets up the services and the browser before the tests of the calling `describe` (call it before
 * the file's own `beforeAll`, which Vitest runs after it) and closes the browser after them.
 */
export function usePreviewSession(options: PreviewSessionOptions = {}): PreviewSession {
    let services: Awaited<ReturnType<typeof createTestServices>>;
    let browser: Browser | undefined;

    beforeAll(async () => {
        ensureWebviewBuilt();
        mkdirSync(SCREENSHOTS, { recursive: true });
        services = await createTestServices();
        browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    const previewOfDocument = (plan: LangiumDocument<Model>, params: Omit<PreviewParams, 'uri'>): PlanPreview => {
        const schedules = services.Proj.planning.ProjectSchedules;
        const standard = options.builtinStandard ? builtinStandard(services.shared.workspace.LangiumDocuments) : undefined;
        const model = previewModelOf(plan, schedules, params, { defaultStandard: standard, scheduleRisks: services.Proj.planning.ScheduleRisks, programmes: services.Proj.planning.Programmes });
        const project = plan.parseResult.value.elements.find(isProject);
        return { model, items: (project && schedules.scheduleOf(project)?.items) ?? [] };
    };

    // Plain closures, not methods: the tests destructure them.
    return {
        previewOf: async (text, params = {}) => {
            const { document: plan } = await validatePlan(services, text);
            const preview = previewOfDocument(plan, params);
            return { ...preview, model: { ...preview.model, uri: PLAN_URI } };
        },
        previewOfFile: async (path, text) => {
            const plan = await parseHelper<Model>(services.Proj)(text, { documentUri: URI.file(path).toString(), validation: true });
            try {
                return previewOfDocument(plan, {});
            } finally {
                // Out of the workspace again, so that the next preview can open the same file.
                await clearDocuments(services.shared, [plan]);
            }
        },
        previewOfLinked: async (texts, index) => {
            const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
            const documents = texts.map((text, k) => LangiumDocumentFactory.fromString<Model>(text, URI.file(`/linked-plans/plan-${k}.proj`)));
            documents.forEach(document => LangiumDocuments.addDocument(document));
            try {
                await DocumentBuilder.build(documents, { validation: true });
                const preview = previewOfDocument(documents[index], {});
                return { ...preview, model: { ...preview.model, uri: PLAN_URI } };
            } finally {
                await clearDocuments(services.shared, documents);
            }
        },
        withPreview: async (run, openOptions = {}) => {
            const preview = await openPreview(browser!, openOptions);
            try {
                await run(preview);
            } finally {
                await preview.close();
            }
        },
    };
}

// The page's globals: the root tsconfig has no DOM library, and this callback runs in the page.
declare const document: any;

/** Nothing from the plan became markup: no image, and no element anywhere with an event handler attribute. */
export async function expectNoMarkupFromThePlan(preview: PreviewPage): Promise<void> {
    const found = await preview.page.evaluate(() => ({
        images: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].flatMap((node: any) => [...node.attributes]
            .filter((attribute: any) => attribute.name.toLowerCase().startsWith('on'))
            .map((attribute: any) => `${node.tagName} ${attribute.name}`)),
    }));
    expect(found).toEqual({ images: 0, handlers: [] });
}

/** The page's problems must stay empty: no CSP violation, no script error, no dialog. */
export function expectNoProblems(preview: PreviewPage): void {
    expect(preview.problems).toEqual({ csp: [], console: [], errors: [], dialogs: [] });
}
