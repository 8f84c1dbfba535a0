import type { CompletionValueItem } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';

// Snippets for the elements people write most, offered wherever the grammar lets that element
// start (beside the keyword itself). Tab moves through the placeholders; `${n|a,b|}` is a choice.

interface Snippet {
    readonly detail: string;
    readonly body: string;
}

const SNIPPETS: Readonly<Record<string, (context: SnippetContext) => Snippet>> = {
    'Task:task': () => ({
        detail: 'task with a duration',
        body: 'task ${1:id} "${2:Title}" {\n\tduration ${3:5d}$0\n}',
    }),
    'Milestone:milestone': () => ({
        detail: 'milestone after its predecessor',
        body: 'milestone ${1:id} "${2:Title}" {\n\tafter ${3:predecessor}$0\n}',
    }),
    'Phase:phase': () => ({
        detail: 'phase with a task and a milestone',
        body: 'phase ${1:id} "${2:Title}" {\n'
            + '\ttask ${3:first_task} "${4:Title}" { duration ${5:5d} }\n'
            + '\tmilestone ${6:phase_done} "${7:Title}" { after ${3:first_task} }$0\n'
            + '}',
    }),
    'Risk:risk': context => ({
        detail: 'risk with likelihood, impact, owner and response',
        body: riskBody('risk', 'What might go wrong', ['avoid', 'reduce', 'transfer', 'accept'], context.owners),
    }),
    'Risk:opportunity': context => ({
        detail: 'opportunity with likelihood, impact, owner and response',
        body: riskBody('opportunity', 'What might go well', ['exploit', 'enhance', 'share', 'accept'], context.owners),
    }),
    'Project:project': context => ({
        detail: 'new plan: start, calendar, a phase with a task and a milestone',
        body: 'project ${1:id} "${2:Title}" {\n'
            + `\tstart \${3:${context.startDate}}\n`
            + '\tcalendar {\n\t\tworkdays mon tue wed thu fri\n\t}\n\n'
            + '\tphase ${4:delivery} "${5:Delivery}" {\n'
            + '\t\ttask ${6:first_task} "${7:First task}" { duration ${8:5d} }\n'
            + '\t\tmilestone ${9:done} "${10:Done}" { after ${6:first_task} }\n'
            + '\t}$0\n'
            + '}',
    }),
};

function riskBody(kind: string, title: string, responses: string[], owners: readonly string[]): string {
    // The owners of the plan as a choice while there are few enough to choose from.
    const owner = owners.length > 0 && owners.length <= 12 ? `\${5|${owners.join(',')}|}` : '${5:owner}';
    return `${kind} \${1:id} "\${2:${title}}" {\n`
        + '\tlikelihood ${3|1,2,3,4,5|} impact ${4|1,2,3,4,5|}\n'
        + `\towner ${owner}\n`
        + `\tresponse \${6|${responses.join(',')}|} "\${7:How}"$0\n`
        + '}';
}

export interface SnippetContext {
    /** Resources and stakeholders of the project, for a risk's owner. */
    readonly owners: readonly string[];
    /** The start date a new plan proposes. */
    readonly startDate: string;
}

/** The snippet for an element that starts with `keyword` of `rule`, if there is one. */
export function snippetItem(rule: string, keyword: string, context: SnippetContext): CompletionValueItem | undefined {
    const snippet = SNIPPETS[`${rule}:${keyword}`]?.(context);
    if (!snippet) {
        return undefined;
    }
    return {
        label: keyword,
        kind: CompletionItemKind.Snippet,
        detail: snippet.detail,
        documentation: { kind: 'markdown', value: '```proj\n' + preview(snippet.body) + '\n```' },
        insertText: snippet.body,
        insertTextFormat: InsertTextFormat.Snippet,
        sortText: `2${keyword}`,
    };
}

/** The snippet as it reads once inserted with its defaults. */
function preview(body: string): string {
    return body
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\t/g, '    ');
}
