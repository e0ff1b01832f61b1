/**
 * Exact static analysis of a JavaScript bundle: every identifier that is a *free* reference (resolves to no
 * declaration in the bundle, i.e. a global), found with the TypeScript parser and binder (not a text search, so
 * comments, strings, property names and local variables that happen to be called `process` never count).
 */
import * as ts from 'typescript';

export interface GlobalRef {
  readonly name: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  /** The reference is the operand of `typeof` (never throws, even when the global does not exist). */
  readonly inTypeof: boolean;
  /** The reference is the callee of a call: `name(...)`. */
  readonly called: boolean;
  /** For calls: the arguments as written (string literals as their value, anything else as source text). */
  readonly args?: readonly { readonly literal: boolean; readonly text: string }[];
  /** A few characters of source around the reference, for failure messages. */
  readonly excerpt: string;
}

export interface BundleScan {
  readonly refs: readonly GlobalRef[];
  /** Dynamic `import(...)` expressions (a web worker extension host has no module loader for them). */
  readonly dynamicImports: readonly { readonly line: number; readonly excerpt: string }[];
}

/** True when `id` is a name (property, key, label...) rather than a reference to a variable. */
function isNameNotReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if (ts.isQualifiedName(p) && p.right === id) return true;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) && p.name === id) return true;
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return true;
  if (ts.isMetaProperty(p)) return true;
  return false;
}

/**
 * A declaration that introduces a binding. In JavaScript files TypeScript also records "expando" assignments
 * (`global.x = 1`, `process.env.Y = 2`, `module.exports = ...`) as declarations of the undeclared name; those do not
 * make the name local, so they do not count.
 */
function isRealDeclaration(d: ts.Declaration): boolean {
  return ts.isVariableDeclaration(d) || ts.isParameter(d) || ts.isFunctionDeclaration(d) || ts.isFunctionExpression(d)
    || ts.isClassDeclaration(d) || ts.isClassExpression(d) || ts.isBindingElement(d)
    || ts.isImportClause(d) || ts.isImportSpecifier(d) || ts.isNamespaceImport(d) || ts.isImportEqualsDeclaration(d);
}

export function scanBundle(code: string, fileName = 'bundle.js'): BundleScan {
  const options: ts.CompilerOptions = { allowJs: true, checkJs: false, noLib: true, types: [], noEmit: true, noResolve: true, target: ts.ScriptTarget.ES2022 };
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => (name === fileName ? source : getSourceFile(name, lang, onError, create));
  host.fileExists = (name) => name === fileName;
  host.readFile = (name) => (name === fileName ? code : undefined);
  const program = ts.createProgram({ rootNames: [fileName], options, host });
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(fileName);
  if (!sf) throw new Error(`TypeScript did not load ${fileName}`);

  const refs: GlobalRef[] = [];
  const dynamicImports: { line: number; excerpt: string }[] = [];
  const excerptAt = (n: ts.Node): string => code.slice(Math.max(0, n.getStart(sf) - 20), Math.min(code.length, n.getEnd() + 40)).replace(/\s+/g, ' ');

  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      dynamicImports.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, excerpt: excerptAt(n) });
    }
    if (ts.isIdentifier(n) && !isNameNotReference(n)) {
      const p = n.parent;
      const symbol = ts.isShorthandPropertyAssignment(p) && p.name === n ? checker.getShorthandAssignmentValueSymbol(p) : checker.getSymbolAtLocation(n);
      const declaredHere = !!symbol?.declarations?.some((d) => d.getSourceFile() === sf && isRealDeclaration(d));
      if (!declaredHere) {
        const pos = sf.getLineAndCharacterOfPosition(n.getStart(sf));
        const called = ts.isCallExpression(p) && p.expression === n;
        refs.push({
          name: n.text,
          line: pos.line + 1,
          column: pos.character + 1,
          inTypeof: ts.isTypeOfExpression(p),
          called,
          ...(called ? { args: (p as ts.CallExpression).arguments.map((a) => (ts.isStringLiteralLike(a) ? { literal: true, text: a.text } : { literal: false, text: a.getText(sf) })) } : {}),
          excerpt: excerptAt(n),
        });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { refs, dynamicImports };
}
