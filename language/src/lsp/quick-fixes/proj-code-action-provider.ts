import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import { IssueCodes, type IssueCode } from '../../validation/issue-codes.js';
import { addOwner } from './add-owner.js';
import { changeToClosestId } from './change-to-closest-id.js';
import { convertMilestoneToTask } from './convert-milestone-to-task.js';
import { createMissingTask } from './create-missing-task.js';
import { levelPlan } from './level-plan.js';
import type { QuickFix } from './quick-fix.js';
import { removeDependency } from './remove-dependency.js';
import { removeDuplicateProperty } from './remove-duplicate-property.js';
import { removeMilestoneDuration } from './remove-milestone-duration.js';
import { reorderEstimate } from './reorder-estimate.js';
import { replaceResponse } from './replace-response.js';

/** The quick fixes of each diagnostic, by its stable code; offered in this order. */
export const QUICK_FIXES: Partial<Record<IssueCode, readonly QuickFix[]>> = {
    [IssueCodes.UnknownReference]: [changeToClosestId, createMissingTask],
    [IssueCodes.Cycle]: [removeDependency],
    [IssueCodes.SelfDependency]: [removeDependency],
    [IssueCodes.MissingOwner]: [addOwner],
    [IssueCodes.BenefitWithoutOwner]: [addOwner],
    [IssueCodes.ResponseType]: [replaceResponse],
    [IssueCodes.MilestoneDuration]: [convertMilestoneToTask, removeMilestoneDuration],
    [IssueCodes.EstimateOrder]: [reorderEstimate],
    [IssueCodes.DuplicateProperty]: [removeDuplicateProperty],
    [IssueCodes.OverAllocated]: [levelPlan],
    [IssueCodes.UnknownHolidayCode]: [changeToClosestId],
};

/** Quick fixes, keyed on the stable codes of Proj's diagnostics (validation/issue-codes.ts). */
export class ProjCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        if (!wantsQuickFixes(params.context.only)) {
            return [];
        }
        const actions: CodeAction[] = [];
        const offered = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            for (const fix of QUICK_FIXES[diagnostic.code as IssueCode] ?? []) {
                for (const action of fixesOf(fix, document, diagnostic)) {
                    // One edit offered once: a milestone with a duration and an estimate has two
                    // diagnostics, and converting it to a task is the same fix for both.
                    const key = JSON.stringify([action.title, action.edit]);
                    if (!offered.has(key)) {
                        offered.add(key);
                        actions.push(action);
                    }
                }
            }
        }
        return actions;
    }
}

function wantsQuickFixes(only: string[] | undefined): boolean {
    return !only || only.some(kind => kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}

/** A fix that cannot make sense of the text (mid-edit, or a stale diagnostic) offers nothing. */
function fixesOf(fix: QuickFix, document: LangiumDocument, diagnostic: CodeActionParams['context']['diagnostics'][number]): CodeAction[] {
    try {
        return fix({ document, diagnostic });
    } catch {
        return [];
    }
}
