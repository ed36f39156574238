/**
 * The dashboard's "My documents": the person's documents, most urgent first, each with its next
 * deadline in plain words; adding, editing and deleting them; the calendar export; the way to the
 * proof-of-rights sheet. `options.html#/documents/<id>` (a notification's link) brings that
 * document into view and gives it the focus.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENTS, type TrackedDocument } from '../../utils/deadlines/documents.ts';
import { byUrgency } from '../../utils/deadlines/timeline.ts';
import { ArrowIcon } from '../shared/icons.tsx';
import { CalendarExport } from './calendar-export.tsx';
import { DocumentCard } from './document-card.tsx';
import { DocumentForm } from './document-form.tsx';
import { useDocuments, useToday } from './use-documents.ts';

/** The document id after `#/documents/`, if any. */
function useLinkedDocument(): string | undefined {
  const hash = useSyncExternalStore(
    (notify) => {
      window.addEventListener('hashchange', notify);
      return () => window.removeEventListener('hashchange', notify);
    },
    () => window.location.hash,
  );
  return /^#\/documents\/([a-z0-9-]{1,40})$/.exec(hash)?.[1];
}

export function DocumentsSection() {
  const { t } = useTranslation('documents');
  const { status, items, save } = useDocuments();
  const today = useToday();
  const linked = useLinkedDocument();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>();
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const listHeading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (linked && status === 'ready') setFocusId(linked);
  }, [linked, status]);

  useEffect(() => {
    if (!focusId) return;
    const heading = headings.current.get(focusId);
    if (!heading) return;
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus();
    setFocusId(undefined);
  }, [focusId, items]);

  if (status === 'loading') return <p role="status">{t('loading')}</p>;
  if (status === 'locked') return <p className="repere-notice">{t('locked')}</p>;

  const sorted = byUrgency(items, today);

  const store = async (next: TrackedDocument[], text: string, focus?: string) => {
    await save(next);
    setMessage(text);
    setEditing(null);
    if (focus) setFocusId(focus);
  };

  const onSave = (doc: TrackedDocument) => {
    const exists = items.some((item) => item.id === doc.id);
    void store(exists ? items.map((item) => (item.id === doc.id ? doc : item)) : [...items, doc], t('saved'), doc.id);
  };

  const onRemove = (id: string) => {
    void store(items.filter((item) => item.id !== id), t('removed')).then(() => listHeading.current?.focus());
  };

  const full = items.length >= MAX_DOCUMENTS;

  return (
    <div className="repere-dashboard__section repere-documents">
      <p className="repere-dashboard__intro">{t('intro')}</p>
      {status === 'error' ? <p className="repere-alert" role="alert">{t('error')}</p> : null}
      <p role="status" className="repere-documents__status">{message}</p>

      {editing === 'new' ? (
        <DocumentForm onSave={onSave} onCancel={() => {
          setEditing(null);
          addButton.current?.focus();
        }} />
      ) : (
        <div>
          <button ref={addButton} type="button" className="repere-button" disabled={full} onClick={() => {
            setMessage('');
            setEditing('new');
          }}>
            {t('actions.add')}
          </button>
          {full ? <p>{t('form.full', { count: MAX_DOCUMENTS })}</p> : null}
        </div>
      )}

      <section aria-labelledby="documents-list">
        <h2 id="documents-list" ref={listHeading} tabIndex={-1}>{t('listTitle')}</h2>
        {sorted.length === 0 ? <p>{t('empty')}</p> : null}
        <ul className="repere-documents__list">
          {sorted.map(({ doc, next }) => (
            <li key={doc.id}>
              {editing === doc.id ? (
                <DocumentForm initial={doc} onSave={onSave} onCancel={() => {
                  setEditing(null);
                  setFocusId(doc.id);
                }} />
              ) : (
                <DocumentCard
                  ref={(element) => {
                    if (element) headings.current.set(doc.id, element);
                    else headings.current.delete(doc.id);
                  }}
                  doc={doc}
                  next={next}
                  today={today}
                  highlighted={doc.id === linked}
                  onEdit={() => {
                    setMessage('');
                    setEditing(doc.id);
                  }}
                  onRemove={() => onRemove(doc.id)}
                />
              )}
            </li>
          ))}
        </ul>
      </section>

      <CalendarExport docs={items} today={today} />

      <section className="repere-doc-tool" aria-labelledby="documents-proof">
        <h2 id="documents-proof">{t('proof.title')}</h2>
        <p>{t('proof.text')}</p>
        <a className="repere-button repere-button--secondary" href="proof.html">
          {t('proof.open')}
          <ArrowIcon size={20} />
        </a>
      </section>
    </div>
  );
}
