import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import { isMilestone, isPhase, isProject, isTask } from '../generated/ast.js';
import { headerNodeOf } from '../planning/plan-items.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { daysFigure, workingDaysText } from '../engine/figure-text.js';
import { longDate, shortDate } from '../planning/schedule-text.js';
import type { ProjServices } from '../proj-module.js';

/** The VS Code setting `proj.inlayHints.schedule` turns these hints off. */
export interface InlayHintSettings {
    schedule?: boolean;
}

/**
 * After each task, milestone and phase header: its computed dates and float, so the schedule can
 * be read without leaving the text (`15 Feb → 29 Mar · float 0 · critical`).
 */
export class ProjInlayHintProvider extends AbstractInlayHintProvider {
    private readonly schedules: ProjectSchedules;
    private readonly services: ProjServices;

    constructor(services: ProjServices) {
        super();
        this.services = services;
        this.schedules = services.planning.ProjectSchedules;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const settings = await this.services.shared.workspace.ConfigurationProvider.getConfiguration('proj', 'inlayHints') as InlayHintSettings | undefined;
        if (settings?.schedule === false) {
            return [];
        }
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (!isTask(node) && !isMilestone(node) && !isPhase(node)) {
            return;
        }
        const project = AstUtils.getContainerOfType(node, isProject);
        const item = project && this.schedules.scheduledItemOf(project, node.name);
        const header = headerNodeOf(node, 'title') ?? headerNodeOf(node, 'name');
        if (!item || !header) {
            return;
        }
        const when = item.kind === 'milestone' ? `◆ ${shortDate(item.start)}` : `${shortDate(item.start)} → ${shortDate(item.finish)}`;
        const float = item.critical ? 'critical' : `float ${daysFigure(item.totalFloat)}`;
        accept({
            position: header.range.end,
            label: `${when} · ${float}`,
            kind: InlayHintKind.Type,
            paddingLeft: true,
            tooltip: item.kind === 'milestone'
                ? `${longDate(item.start)}; total float ${daysFigure(item.totalFloat)}`
                : `${longDate(item.start)} to ${longDate(item.finish)}, ${workingDaysText(this.schedules.shownDurationOf(project, item))}; total float ${daysFigure(item.totalFloat)}, free float ${daysFigure(item.freeFloat)}`,
        });
    }
}
