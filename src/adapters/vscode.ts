/**
 * The extension's one import of the `vscode` module. The bundler wraps every `import * as vscode from 'vscode'` in a
 * require() call of its own (24 modules: 700 bytes of the bundle); importing it from here makes that one call.
 */
export * as vscode from 'vscode';
