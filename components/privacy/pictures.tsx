/**
 * The pictures a person chooses for their protected profile: what the lock screen shows instead of
 * a name (a name would tell the next person who came before; a picture is recognised without
 * reading: WCAG 3.3.8 "object recognition"). Inline SVG, no network, decorative: the picture's
 * name (privacy:picture.<id>) always goes with it as text.
 */
import type { ReactElement } from 'react';
import type { PictureId } from '../../utils/storage/items.ts';

const STROKE = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const DRAWINGS: Record<PictureId, ReactElement> = {
  sun: (
    <g>
      <circle cx="24" cy="24" r="9" fill="#f4b942" stroke="#8a5a00" strokeWidth="2" />
      <path {...STROKE} stroke="#8a5a00" d="M24 5v6M24 37v6M5 24h6M37 24h6M10.6 10.6l4.2 4.2M33.2 33.2l4.2 4.2M10.6 37.4l4.2-4.2M33.2 14.8l4.2-4.2" />
    </g>
  ),
  tree: (
    <g>
      <path d="M24 6c-8 0-13 6-13 13 0 6 5 11 13 11s13-5 13-11c0-7-5-13-13-13z" fill="#3f8f4f" stroke="#1f5a2c" strokeWidth="2" />
      <path d="M24 30v12M18 42h12" {...STROKE} stroke="#6b4423" strokeWidth="3" />
    </g>
  ),
  boat: (
    <g>
      <path d="M7 30h34l-5 9H12z" fill="#c0392b" stroke="#7a1f16" strokeWidth="2" strokeLinejoin="round" />
      <path d="M24 8v22" {...STROKE} stroke="#3b3b3b" />
      <path d="M26 10l11 17H26z" fill="#ffffff" stroke="#3b3b3b" strokeWidth="2" strokeLinejoin="round" />
      <path d="M4 43c4-3 8 3 12 0s8 3 12 0 8 3 12 0 4 1 4 1" {...STROKE} stroke="#1f6fa8" />
    </g>
  ),
  cat: (
    <g>
      <path d="M11 38c0-9 6-15 13-15s13 6 13 15z" fill="#7d7d7d" stroke="#333" strokeWidth="2" />
      <path d="M14 22l-2-12 8 6h8l8-6-2 12c0 6-5 9-10 9s-10-3-10-9z" fill="#9a9a9a" stroke="#333" strokeWidth="2" strokeLinejoin="round" />
      <circle cx="20" cy="21" r="1.6" fill="#1b1b1b" />
      <circle cx="28" cy="21" r="1.6" fill="#1b1b1b" />
      <path d="M37 36c5 0 6-6 3-8" {...STROKE} stroke="#333" />
    </g>
  ),
  bicycle: (
    <g {...STROKE} stroke="#1f4e79">
      <circle cx="12" cy="31" r="8" />
      <circle cx="36" cy="31" r="8" />
      <path d="M12 31l8-13h12l4 13M20 18l5 13h-13M30 13h5M25 31l7-13" />
    </g>
  ),
  house: (
    <g>
      <path d="M8 22L24 8l16 14" {...STROKE} stroke="#7a1f16" strokeWidth="3" />
      <path d="M12 20v20h24V20" fill="#f2d7b6" stroke="#6b4423" strokeWidth="2" />
      <path d="M21 40V29h6v11" fill="#6b4423" stroke="#6b4423" strokeWidth="2" />
    </g>
  ),
  fish: (
    <g>
      <path d="M6 24c6-9 18-11 27 0-9 11-21 9-27 0z" fill="#2f8fbf" stroke="#134b66" strokeWidth="2" strokeLinejoin="round" />
      <path d="M33 24l9-7v14z" fill="#2f8fbf" stroke="#134b66" strokeWidth="2" strokeLinejoin="round" />
      <circle cx="14" cy="22" r="1.8" fill="#0b2838" />
    </g>
  ),
  flower: (
    <g>
      <path d="M24 26v16" {...STROKE} stroke="#2e7d32" strokeWidth="3" />
      <path d="M24 36c-4-4-9-3-10 0 4 2 8 2 10 0z" fill="#43a047" />
      {[0, 72, 144, 216, 288].map((angle) => (
        <ellipse key={angle} cx="24" cy="11" rx="5" ry="7" fill="#e05297" stroke="#8e1f59" strokeWidth="1.5" transform={`rotate(${angle} 24 18)`} />
      ))}
      <circle cx="24" cy="18" r="4" fill="#f4b942" stroke="#8a5a00" strokeWidth="1.5" />
    </g>
  ),
  star: (
    <path d="M24 5l5.6 12.2 13.3 1.4-10 9 2.8 13.1L24 34l-11.7 6.7 2.8-13.1-10-9 13.3-1.4z" fill="#f4b942" stroke="#8a5a00" strokeWidth="2" strokeLinejoin="round" />
  ),
  moon: (
    <path d="M30 6a18 18 0 1 0 12 28A15 15 0 0 1 30 6z" fill="#d8d2a8" stroke="#5c5637" strokeWidth="2" strokeLinejoin="round" />
  ),
  bird: (
    <g>
      <path d="M8 28c2-9 10-14 19-12 5 1 8 5 9 9l6 2-6 3c-2 6-8 10-16 9-6-1-10-5-12-11z" fill="#e67e22" stroke="#7a3d06" strokeWidth="2" strokeLinejoin="round" />
      <path d="M16 28c4 3 10 3 14-1" {...STROKE} stroke="#7a3d06" />
      <circle cx="31" cy="22" r="1.7" fill="#1b1b1b" />
      <path d="M20 38l-2 5M26 38l1 5" {...STROKE} stroke="#7a3d06" />
    </g>
  ),
  umbrella: (
    <g>
      <path d="M5 24a19 17 0 0 1 38 0c-3-3-6-3-9.5 0-3-3-6.5-3-9.5 0-3-3-6.5-3-9.5 0-3.5-3-6.5-3-9.5 0z" fill="#6a4fb3" stroke="#34236b" strokeWidth="2" strokeLinejoin="round" />
      <path d="M24 24v14a4 4 0 0 1-8 0" {...STROKE} stroke="#34236b" strokeWidth="2.5" />
    </g>
  ),
};

/** One picture, decorative (its name is given as text next to it). */
export function Picture({ id, size = 48 }: { id: PictureId; size?: number }): ReactElement {
  return (
    <svg className="repere-picture" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      {DRAWINGS[id]}
    </svg>
  );
}
