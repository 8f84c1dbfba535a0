import { CompletionItemKind, SemanticTokenTypes, SymbolKind } from 'vscode-languageserver';

/**
 * What each named element of a plan is to the editor, in one table: its symbol kind (outline,
 * breadcrumbs, workspace symbols), its completion kind and its semantic token type.
 *
 *   element                          symbol       completion   token (colour in most themes)
 *   project                          Package      Module       namespace
 *   phase                            Module       Module       namespace
 *   task                             Method       Method       function
 *   milestone                        Event        Event        event
 *   resource                         Variable     Variable     variable
 *   stakeholder                      Object       Variable     parameter
 *   risk, opportunity, change, issue EnumMember   EnumMember   enumMember
 *   lesson                           String       Text         enumMember
 *   quality (passes or fails)        Boolean      Value        enumMember
 *   objective                        Constant     Constant     property
 *   kpi (a measured figure)          Number       Value        property
 *   option (of the business case)    EnumMember   EnumMember   enumMember
 *   benefit                          Constant     Constant     property
 *   deliverable                      Class        Class        class
 *   calendar                         Struct       Struct       type
 *   tolerance                        Property     Property     (no name)
 *   standard                         Namespace    Module       namespace
 *   duty                             Interface    Interface    macro
 *   KSB code (K21, S2, B1)           Constant     Constant     macro
 *   a group of the outline           Array        -            -
 *
 * The semantic token types are all standard LSP ones, so every theme colours them; dates and
 * durations are `number` (see ProjSemanticTokenProvider for the modifiers).
 */
export interface ElementKind {
    readonly symbol: SymbolKind;
    readonly completion: CompletionItemKind;
    /** Undefined for elements that have no name to colour. */
    readonly token?: SemanticTokenTypes;
}

export const ELEMENT_KINDS: Readonly<Record<string, ElementKind>> = {
    Project: { symbol: SymbolKind.Package, completion: CompletionItemKind.Module, token: SemanticTokenTypes.namespace },
    Phase: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module, token: SemanticTokenTypes.namespace },
    Task: { symbol: SymbolKind.Method, completion: CompletionItemKind.Method, token: SemanticTokenTypes.function },
    Milestone: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event, token: SemanticTokenTypes.event },
    Resource: { symbol: SymbolKind.Variable, completion: CompletionItemKind.Variable, token: SemanticTokenTypes.variable },
    Stakeholder: { symbol: SymbolKind.Object, completion: CompletionItemKind.Variable, token: SemanticTokenTypes.parameter },
    Risk: { symbol: SymbolKind.EnumMember, completion: CompletionItemKind.EnumMember, token: SemanticTokenTypes.enumMember },
    Change: { symbol: SymbolKind.EnumMember, completion: CompletionItemKind.EnumMember, token: SemanticTokenTypes.enumMember },
    Issue: { symbol: SymbolKind.EnumMember, completion: CompletionItemKind.EnumMember, token: SemanticTokenTypes.enumMember },
    Lesson: { symbol: SymbolKind.String, completion: CompletionItemKind.Text, token: SemanticTokenTypes.enumMember },
    Quality: { symbol: SymbolKind.Boolean, completion: CompletionItemKind.Value, token: SemanticTokenTypes.enumMember },
    Objective: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant, token: SemanticTokenTypes.property },
    Kpi: { symbol: SymbolKind.Number, completion: CompletionItemKind.Value, token: SemanticTokenTypes.property },
    Option: { symbol: SymbolKind.EnumMember, completion: CompletionItemKind.EnumMember, token: SemanticTokenTypes.enumMember },
    Benefit: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant, token: SemanticTokenTypes.property },
    Deliverable: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class, token: SemanticTokenTypes.class },
    Calendar: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct, token: SemanticTokenTypes.type },
    Tolerance: { symbol: SymbolKind.Property, completion: CompletionItemKind.Property },
    Standard: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module, token: SemanticTokenTypes.namespace },
    Duty: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface, token: SemanticTokenTypes.macro },
    Ksb: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant, token: SemanticTokenTypes.macro },
};

/** The kind of a group of like elements in the outline ("Risks", "Stakeholders"): a list. */
export const GROUP_SYMBOL_KIND = SymbolKind.Array;

export function elementKindOf(type: string): ElementKind | undefined {
    return Object.prototype.hasOwnProperty.call(ELEMENT_KINDS, type) ? ELEMENT_KINDS[type] : undefined;
}
