/**
 * The file commands (export, import, share, templates, images) as a React context, so the header
 * menu, the actions registry and the canvas listeners all reach the same provider.
 */
import { createContext, useContext } from 'react';
import type { ImageFormat } from './imageExport';

/** What the files provider offers. */
export interface FileCommands {
  /** Downloads the open design as `<name>.faultline.json`. */
  exportJson: () => void;
  /** Opens the browser's file picker for a design file. */
  chooseFile: () => void;
  /** Imports a picked or dropped file (review first). */
  importFile: (file: File) => Promise<void>;
  /** Imports a text (a paste), reviewed like a file. */
  importText: (text: string) => void;
  /** Opens the "Paste a design" dialog. */
  openPasteDialog: () => void;
  /** Downloads an image of the whole diagram. */
  exportImage: (format: ImageFormat) => Promise<void>;
  /** Opens the share dialog with a link holding the open design. */
  openShare: () => void;
  /** Opens the template gallery. */
  openTemplates: () => void;
}

export const FilesContext = createContext<FileCommands | null>(null);

/** The file commands; throws outside the files provider. */
export function useFileCommands(): FileCommands {
  const commands = useContext(FilesContext);
  if (!commands) throw new Error('useFileCommands must be used inside <FilesProvider>.');
  return commands;
}
