/**
 * The extension's one import of the `vscode` module. The bundler wraps every `import * as vscode from 'vscode'` in a
 * require() call of its own (24 modules: 700 bytes of the bundle); importing it from here makes that one call.
 */
import * as vscode from 'vscode';

export { vscode };

/**
 * `vscode.window`, `vscode.workspace`, `vscode.languages` and `vscode.commands` (read in over 75 places) and the
 * `vscode.Disposable` and `vscode.EventEmitter` classes: a short name each in the bundle instead of a property read through the module object
 * (the same objects).
 */
export const vsWindow = vscode.window;
export const vsWorkspace = vscode.workspace;
export const vsLanguages = vscode.languages;
export const vsCommands = vscode.commands;
export const Disposable = vscode.Disposable;
export const Emitter = vscode.EventEmitter;
