// "Proj: New Plan": asks for the plan's name and start date, then writes a starter plan where the
// user chooses and opens it. Given `{ title, start, target }` it asks nothing (tasks, tests).
import * as vscode from 'vscode';
import { FIRST_PLAN_YEAR, isPlanDate, LAST_PLAN_YEAR } from '../../language/src/engine/calendar-dates.js';
import { newPlanText, nextMonday, planIdOf } from '../../language/src/templates/new-plan.js';

interface NewPlanArguments {
    readonly title?: string;
    readonly start?: string;
    readonly target?: vscode.Uri;
}

const validStart = (value: string) => isPlanDate(value)
    ? undefined : `A date that exists, from ${FIRST_PLAN_YEAR} to ${LAST_PLAN_YEAR}, as YYYY-MM-DD: 2027-01-04`;

export function registerNewPlanCommand(): vscode.Disposable {
    return vscode.commands.registerCommand('proj.newPlan', async (options: NewPlanArguments = {}) => {
        const title = options.title ?? await vscode.window.showInputBox({
            title: 'New plan (1/2)', prompt: 'What is the project called?', placeHolder: 'Office relocation',
            validateInput: value => value.trim() ? undefined : 'Give the project a name.',
        });
        if (title === undefined) {
            return undefined;
        }
        const start = options.start ?? await vscode.window.showInputBox({
            title: 'New plan (2/2)', prompt: 'When does it start?', value: nextMonday(new Date()), validateInput: validStart,
        });
        if (start === undefined || validStart(start)) {
            return undefined;
        }
        const settings = vscode.workspace.getConfiguration('proj.tolerance');
        const text = newPlanText({
            title, start,
            tolerances: {
                cpi: settings.get('cpi', 0.9), spi: settings.get('spi', 0.9),
                riskAmber: settings.get('riskAmber', 5), riskRed: settings.get('riskRed', 15),
            },
        });
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        // The save dialog asks before it replaces a file: nothing is overwritten unasked.
        const target = options.target ?? (folder
            ? await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, `${planIdOf(title).replace(/_/g, '-')}.proj`), filters: { 'Proj plans': ['proj'] } })
            : undefined);
        const document = target
            ? await writeAndOpen(target, text)
            : await vscode.workspace.openTextDocument({ language: 'proj', content: text });
        await vscode.window.showTextDocument(document);
        return document.uri;
    });
}

async function writeAndOpen(target: vscode.Uri, text: string): Promise<vscode.TextDocument> {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return vscode.workspace.openTextDocument(target);
}
