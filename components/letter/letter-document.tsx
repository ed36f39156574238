/**
 * The letter itself, in French whatever the UI language (`lang="fr"`, left to right), laid out
 * like a private letter (no logo, no State look), then one page per screenshot annex.
 */
import { Fragment } from 'react';
import type { LetterBlock, LetterModel } from '../../utils/letter/substitution-letter.ts';
import type { LetterPhoto } from './use-letter.ts';

function Lines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((entry, index) => (
        <Fragment key={index}>
          {index > 0 ? <br /> : null}
          {entry}
        </Fragment>
      ))}
    </>
  );
}

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case 'sender':
      return <p className="repere-letter__sender"><Lines lines={block.lines} /></p>;
    case 'recipient':
      return <p className="repere-letter__recipient"><Lines lines={block.lines} /></p>;
    case 'signature':
      return <p className="repere-letter__signature"><Lines lines={block.lines} /></p>;
    case 'dateline':
      return <p className="repere-letter__dateline">{block.text}</p>;
    case 'mode':
    case 'subject':
      return <p className={`repere-letter__${block.kind}`}><strong>{block.text}</strong></p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return <List className="repere-letter__list">{block.items.map((item, index) => <li key={index}>{item}</li>)}</List>;
    }
    case 'annexes':
      return (
        <div className="repere-letter__annexes">
          <p><strong>{block.title} :</strong></p>
          <ol>{block.items.map((item, index) => <li key={index}>{item}</li>)}</ol>
        </div>
      );
    default:
      return <p>{block.text}</p>;
  }
}

export function LetterDocument({ model, photos, label }: { model: LetterModel; photos: LetterPhoto[]; label: string }) {
  return (
    <article className="repere-letter" lang="fr" dir="ltr" aria-label={label}>
      <div className="repere-letter__page">
        {model.blocks.map((block, index) => <Block key={index} block={block} />)}
      </div>
      {photos.map((photo) => (
        <div key={photo.annex} className="repere-letter__page repere-letter__annex">
          <p><strong>Annexe {photo.annex} – {photo.caption}</strong></p>
          <img src={photo.dataUrl} alt={photo.caption} />
        </div>
      ))}
    </article>
  );
}
