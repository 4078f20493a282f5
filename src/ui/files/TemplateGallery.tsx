import { useQuery } from '@tanstack/react-query';
import type { TemplateCategory, TemplateEntry } from '../../files/templateIndex';
import { templatesQueryOptions } from '../../queries/templates';
import { Modal } from './Modal';

/** Props of {@link TemplateGallery}. */
export interface TemplateGalleryProps {
  /** The user picked a template; it is opened as a new design. */
  onOpen: (entry: TemplateEntry) => void;
  onClose: () => void;
  /** The file of the template being opened (its card shows progress), or null. */
  opening: string | null;
  /** Why the last template could not be opened, or null. */
  openError: string | null;
}

const CATEGORY_LABEL: Record<TemplateCategory, string> = {
  starter: 'Starter',
  pitfall: 'Pitfall',
  recommended: 'Recommended',
};

function TemplateCard({ entry, onOpen, busy, disabled }: { entry: TemplateEntry; onOpen: () => void; busy: boolean; disabled: boolean }) {
  return (
    <li className={`fl-template-card is-${entry.category}`} aria-label={entry.name}>
      <span className="fl-template-category">{CATEGORY_LABEL[entry.category]}</span>
      <h3 className="fl-template-name">{entry.name}</h3>
      <p className="fl-template-teaches">{entry.teaches}</p>
      <button type="button" className="fl-button is-primary" onClick={onOpen} disabled={disabled} aria-label={`Open template ${entry.name}`}>
        {busy ? 'Opening…' : 'Open as new design'}
      </button>
    </li>
  );
}

/** The template gallery: a card per template with its name and what it teaches. */
export function TemplateGallery({ onOpen, onClose, opening, openError }: TemplateGalleryProps) {
  const templates = useQuery(templatesQueryOptions());
  return (
    <Modal title="Start from a template" onClose={onClose} testId="template-gallery" className="is-gallery">
      <p className="fl-modal-body">Each template opens as a new design in your library, ready to change. Outage analysis shows what it teaches.</p>
      {templates.isPending && <p role="status">Loading templates…</p>}
      {templates.isError && (
        <p role="alert" className="fl-import-error">
          The templates could not be loaded: {templates.error.message}
        </p>
      )}
      {openError !== null && (
        <p role="alert" className="fl-import-error">
          {openError}
        </p>
      )}
      {templates.data && (
        <ul className="fl-template-grid" aria-label="Templates">
          {templates.data.map((entry) => (
            <TemplateCard
              key={entry.file}
              entry={entry}
              busy={opening === entry.file}
              disabled={opening !== null}
              onOpen={() => onOpen(entry)}
            />
          ))}
        </ul>
      )}
      <div className="fl-modal-actions">
        <button type="button" className="fl-button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
