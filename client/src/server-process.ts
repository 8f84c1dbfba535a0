/**
 * Node options for the language server's process. Every edit rebuilds the plan's syntax tree,
 * index and schedule: megabytes of short-lived objects. With V8's default young generation a
 * 200-task plan triggers several scavenges per edit, about a fifth of the server's time; a
 * larger one lets most edits finish before the next collection (see bench/preview-bench.ts).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=64'];
