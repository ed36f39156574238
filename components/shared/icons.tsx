/**
 * Inline icons (no icon font, no network). Decorative: always next to a text label, hidden from
 * assistive technology. Icons that point a direction carry `mirror` so that one CSS rule flips
 * them in right-to-left languages (style rule 10); clocks, checks and logos never flip.
 */
import type { ReactElement } from 'react';

interface IconProps {
  size?: number;
}

function svg(path: ReactElement, size = 24, mirror = false): ReactElement {
  return (
    <svg
      className={mirror ? 'repere-icon repere-mirror' : 'repere-icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {path}
    </svg>
  );
}

/** Repère's pin. */
export function LogoIcon({ size }: IconProps): ReactElement {
  return svg(
    <g>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#0d5c57" />
      <path d="M12 4.5c-3.3 0-6 2.6-6 5.8 0 4.3 6 9.5 6 9.5s6-5.2 6-9.5c0-3.2-2.7-5.8-6-5.8z" fill="#f4b942" />
      <circle cx="12" cy="10.3" r="2.3" fill="#0d5c57" />
    </g>,
    size,
  );
}

export function WarningIcon({ size }: IconProps): ReactElement {
  return svg(
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <path d="M12 3 2 21h20L12 3z" />
      <path d="M12 10v5M12 17.5v.5" strokeLinecap="round" />
    </g>,
    size,
  );
}

export function CloseIcon({ size }: IconProps): ReactElement {
  return svg(
    <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />,
    size,
  );
}

/** Points towards the end of the line: mirrored in RTL. */
export function ArrowIcon({ size }: IconProps): ReactElement {
  return svg(
    <path d="M4 12h14M13 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />,
    size,
    true,
  );
}

export function SwapSideIcon({ size }: IconProps): ReactElement {
  return svg(
    <path d="M7 7h12M15 3l4 4-4 4M17 17H5M9 13l-4 4 4 4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
    size,
  );
}

export function InfoIcon({ size }: IconProps): ReactElement {
  return svg(
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5v.5" />
    </g>,
    size,
  );
}

/** A date to come. */
export function ClockIcon({ size }: IconProps): ReactElement {
  return svg(
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </g>,
    size,
  );
}

/** A tick: done. */
export function CheckIcon({ size }: IconProps): ReactElement {
  return svg(
    <path d="M4 12.5 9.5 18 20 6.5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />,
    size,
  );
}

/** A calendar page (calendar export). */
export function CalendarIcon({ size }: IconProps): ReactElement {
  return svg(
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" strokeLinecap="round" />
    </g>,
    size,
  );
}

/** A printer (printable pages). */
export function PrintIcon({ size }: IconProps): ReactElement {
  return svg(
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <path d="M7 9V3h10v6" />
      <rect x="3" y="9" width="18" height="8" rx="2" />
      <path d="M7 14h10v7H7z" />
    </g>,
    size,
  );
}

/** An empty circle: not yet. */
export function CircleIcon({ size }: IconProps): ReactElement {
  return svg(<circle cx="12" cy="12" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />, size);
}


/** A loudspeaker with sound waves (read aloud); mirrored in RTL so the sound goes with the text. */
export function SpeakerIcon({ size }: IconProps): ReactElement {
  return svg(
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round">
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" fill="currentColor" />
      <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />
    </g>,
    size,
    true,
  );
}


/** A square (stop reading). */
export function StopIcon({ size }: IconProps): ReactElement {
  return svg(<rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />, size);
}


/** A book (glossary). */
export function BookIcon({ size }: IconProps): ReactElement {
  return svg(
    <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <path d="M4 5.5c2.5-1 5.5-1 8 .5 2.5-1.5 5.5-1.5 8-.5v13c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5z" />
      <path d="M12 6v13" />
    </g>,
    size,
  );
}
