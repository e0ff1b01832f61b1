import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../core/analyze';
import { parseTermModel } from '../core/model/parse';
import { createClassifier } from '../core/classify/classifier';
import { FINDING_CODES, type Finding, type ParsedTermModel, type Severity, type SeveritySetting } from '../core/types';
import { collectDrafts, resolveModelPath } from './files';
import { reaches, toJson, toSarif, toText, type FileReport } from './report';
import { runInit } from './init';

declare const CLI_VERSION: string | undefined;
const VERSION = typeof CLI_VERSION === 'string' ? CLI_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  clause-annotator check [PATH...] [--model FILE] [--format text|json|sarif] [--fail-on error|warning|information|hint|none]
                         [--severity CODE=LEVEL]... [--max-file-size BYTES]
      Check drafts (files, or folders searched for *.contract.md, *.contract.txt, *.contract) against their term
      model and for drafting errors. Exit 0 when nothing reaches --fail-on (default error), 1 when something does,
      2 for a usage error or an unreadable file.
  clause-annotator classify [FILE|-]
      Read JSON lines {"id": ..., "text": ...}; write one JSON line per input with the clause types and cues.
  clause-annotator init DRAFT [--out FILE]
      Write a starting term model (DRAFT's name with .terms.yaml) from the values found in the draft. Never overwrites.
  clause-annotator --version | --help`;

export class UsageError extends Error {}

interface Io {
  out(s: string): void;
  err(s: string): void;
  readStdin(): string;
}

const LEVELS = ['error', 'warning', 'information', 'hint', 'none'] as const;

function takeValue(args: string[], i: number, flag: string): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return v;
}

/** Reads a file as UTF-8 text; refuses binary-looking files only through the analysis (never throws here). */
function readText(p: string): string {
  return fs.readFileSync(p, 'utf8');
}

export function runCheck(args: string[], io: Io): number {
  const paths: string[] = [];
  let modelFlag: string | undefined;
  let format: 'text' | 'json' | 'sarif' = 'text';
  let failOn: Severity | 'none' = 'error';
  let maxFileSize = 5_000_000;
  const severity: Record<string, SeveritySetting> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--model') { modelFlag = takeValue(args, i, a); i++; }
    else if (a === '--format') {
      const v = takeValue(args, i, a); i++;
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${v}"`);
      format = v;
    } else if (a === '--fail-on') {
      const v = takeValue(args, i, a); i++;
      if (!(LEVELS as readonly string[]).includes(v)) throw new UsageError(`--fail-on must be one of ${LEVELS.join(', ')}, not "${v}"`);
      failOn = v as Severity | 'none';
    } else if (a === '--severity') {
      const v = takeValue(args, i, a); i++;
      const m = /^([a-z-]+)=(error|warning|information|hint|off)$/.exec(v);
      if (!m || !(FINDING_CODES as readonly string[]).includes(m[1])) throw new UsageError(`--severity takes CODE=error|warning|information|hint|off with a known code, not "${v}"`);
      severity[m[1]] = m[2] as SeveritySetting;
    } else if (a === '--max-file-size') {
      const v = Number(takeValue(args, i, a)); i++;
      if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');
      maxFileSize = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (paths.length === 0) paths.push('.');
  const { drafts, errors } = collectDrafts(paths);
  if (errors.length > 0) {
    for (const e of errors) io.err(`clause-annotator: ${e}`);
    return 2;
  }

  const models = new Map<string, { text: string; parsed: ParsedTermModel } | null>();
  const loadModel = (p: string): { text: string; parsed: ParsedTermModel } | null => {
    if (!models.has(p)) {
      try {
        const text = readText(p);
        models.set(p, { text, parsed: parseTermModel(text) });
      } catch (e) {
        io.err(`clause-annotator: cannot read term model ${p}: ${(e as Error).message}`);
        models.set(p, null);
      }
    }
    return models.get(p) ?? null;
  };

  const reports: FileReport[] = [];
  let unreadable = false;
  for (const draft of drafts) {
    let text: string;
    try {
      text = readText(draft);
    } catch (e) {
      io.err(`clause-annotator: cannot read ${draft}: ${(e as Error).message}`);
      unreadable = true;
      continue;
    }
    const modelPath = resolveModelPath(draft, text, modelFlag, (m) => io.err(`clause-annotator: note: ${m}`));
    const model = modelPath ? loadModel(modelPath) : null;
    if (modelPath && !model) unreadable = true;
    let findings: readonly Finding[];
    try {
      findings = analyzeDocument(text, model?.parsed.model ?? null, { severity, maxLength: maxFileSize }).findings;
    } catch (e) {
      findings = [{ code: 'analysis-limit', severity: 'error', where: 'draft', start: 0, end: 0, related: [], fixes: [], message: `Internal error while analysing this draft: ${(e as Error).message}` }];
    }
    reports.push({ path: draft, model: model ? modelPath ?? null : null, text, modelText: model?.text, findings });
  }
  const draftReports = reports.length;
  // Each term model's own problems once, as an entry of its own.
  for (const [p, m] of models) {
    if (!m) continue;
    const problems = m.parsed.problems.filter((f) => severity[f.code] !== 'off').map((f) => (severity[f.code] ? { ...f, severity: severity[f.code] as Severity } : f));
    reports.push({ path: p, model: null, text: m.text, findings: problems.map((f) => ({ ...f, where: 'draft' as const, related: f.related.map((r) => ({ ...r, where: 'draft' as const })), fixes: f.fixes.map((x) => ({ ...x, where: 'draft' as const })) })) });
  }

  if (format === 'json') io.out(toJson(reports));
  else if (format === 'sarif') io.out(toSarif(reports, VERSION));
  else {
    // which term model each draft was checked against (found in a parent folder, it is easy to miss): one line per model
    const used = new Map<string, number>();
    let none = 0;
    for (const r of reports.slice(0, draftReports)) {
      if (r.model) used.set(r.model, (used.get(r.model) ?? 0) + 1);
      else none++;
    }
    const lines = [...used].map(([p, n]) => `term model ${p}: ${n} draft(s)`);
    if (none > 0 && used.size > 0) lines.push(`no term model: ${none} draft(s)`);
    io.out([toText(reports, draftReports), ...lines].join('\n'));
  }
  if (unreadable) return 2;
  return reaches(reports, failOn) ? 1 : 0;
}

export function runClassify(args: string[], io: Io): number {
  if (args.length > 1) throw new UsageError('classify takes at most one FILE (or - for standard input)');
  const src = args[0] ?? '-';
  let input: string;
  try {
    input = src === '-' ? io.readStdin() : readText(src);
  } catch (e) {
    io.err(`clause-annotator: cannot read ${src}: ${(e as Error).message}`);
    return 2;
  }
  const classifier = createClassifier();
  const lines = input.split(/\r?\n/);
  let bad = 0;
  lines.forEach((line, n) => {
    if (line.trim() === '') return;
    let row: { id?: unknown; text?: unknown };
    try {
      row = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      io.err(`clause-annotator: line ${n + 1}: not valid JSON`);
      bad++;
      return;
    }
    if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
      io.err(`clause-annotator: line ${n + 1}: expected {"id": ..., "text": "..."}`);
      bad++;
      return;
    }
    const types = classifier.classify(row.text, 0);
    io.out(JSON.stringify({
      id: row.id ?? null,
      types: types.map((t) => t.type),
      cues: types.flatMap((t) => t.cues.map((c) => ({ type: c.type, start: c.start, end: c.end, text: c.text }))),
    }));
  });
  return bad > 0 ? 2 : 0;
}

export function main(argv: string[], io: Io): number {
  const [cmd, ...rest] = argv;
  // `clause-annotator check --help`: the usage, not a file or an option named --help (a lone "-" is stdin)
  if (cmd !== undefined && rest.some((a) => a === '--help' || a === '-h')) {
    io.out(USAGE);
    return 0;
  }
  try {
    switch (cmd) {
      case 'check': return runCheck(rest, io);
      case 'classify': return runClassify(rest, io);
      case 'init': return runInit(rest, io);
      case '--version': case '-v': io.out(VERSION); return 0;
      case '--help': case '-h': case 'help': io.out(USAGE); return 0;
      case undefined: io.err(USAGE); return 2;
      default: throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`clause-annotator: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

export const nodeIo: Io = {
  out: (s) => { process.stdout.write(s.endsWith('\n') ? s : `${s}\n`); },
  err: (s) => { process.stderr.write(s.endsWith('\n') ? s : `${s}\n`); },
  readStdin: () => fs.readFileSync(0, 'utf8'),
};

if (require.main === module) {
  const code = main(process.argv.slice(2), nodeIo);
  // Let stdout drain before exiting (large JSON/SARIF reports through a pipe).
  process.exitCode = code;
}
void path;
