import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../core/analyze';
import { agreementTitle, startTermModel } from '../core/model/start';
import { draftParties } from '../core/model/parties';

interface Io { out(s: string): void; err(s: string): void }

/** `clause-annotator init DRAFT [--out FILE]`: writes a starting term model; never overwrites a file. */
export function runInit(args: string[], io: Io): number {
  let out: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') {
      out = args[i + 1];
      i++;
      if (!out) { io.err('clause-annotator: --out needs a value'); return 2; }
    } else rest.push(args[i]);
  }
  if (rest.length !== 1) { io.err('clause-annotator: init takes exactly one DRAFT'); return 2; }
  const draft = rest[0];
  let text: string;
  try {
    text = fs.readFileSync(draft, 'utf8');
  } catch (e) {
    io.err(`clause-annotator: cannot read ${draft}: ${(e as Error).message}`);
    return 2;
  }
  const target = out ?? path.join(path.dirname(draft), `${path.basename(draft).replace(/\.contract(\.md|\.txt)?$|\.(md|txt)$/i, '')}.terms.yaml`);
  const analysis = analyzeDocument(text, null);
  const yaml = startTermModel({ agreement: agreementTitle(text, analysis), parties: draftParties(text, analysis), text, analysis });
  try {
    fs.writeFileSync(target, yaml, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(code === 'EEXIST' ? `clause-annotator: ${target} already exists; not overwriting it (use --out FILE)` : `clause-annotator: cannot write ${target}: ${(e as Error).message}`);
    return 2;
  }
  io.out(`wrote ${target}`);
  return 0;
}

