import * as vscode from 'vscode';

/** STUB composition root (the editor helper replaces this). */
export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
