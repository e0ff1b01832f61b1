import { vscode, vsWindow } from './vscode';
import { PRODUCT } from '../core/codes';

/** The "Clause Annotator" output channel: where failures of the core and of file reads are logged. */
export interface Logger extends vscode.Disposable {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  show(): void;
}

export const OUTPUT_CHANNEL_NAME = PRODUCT;

export const errorText = (error: unknown): string => {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
};

/** A URI as the log writes it (decoded: `file:///C:/My Drafts/x.md`). */
export const logged = (uri: vscode.Uri): string => uri.toString(true);

/** An error's message (or the thrown value as text), for one-line notices. */
export const errorMessage = (error: unknown): string => error instanceof Error ? error.message : String(error);

export const createLogger = (): Logger => {
  const channel = vsWindow.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  return {
    info: (m) => channel.info(m),
    error: (m, e) => channel.error(e === undefined ? m : `${m}\n${errorText(e)}`),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
};
