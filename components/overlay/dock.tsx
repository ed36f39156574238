/**
 * The panel's place on the page: docked at the inline end of the panel's language (right in
 * left-to-right languages, left in right-to-left ones) unless the person chose a side; a side
 * column on wide windows, a bar at the bottom on narrow ones (small screens, 200 % zoom). It is a
 * `complementary` landmark named "Repère …" in every state, and it reserves room on the page so it
 * never covers ANEF's own buttons (./page-space.ts).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../utils/i18n/languages.ts';
import { useSettingsStore } from '../../utils/state/settings-store.ts';
import { Launcher } from './launcher.tsx';
import { reserveSpace, type Side } from './page-space.ts';
import { Panel } from './panel.tsx';
import { useMediaQuery } from './use-media-query.ts';

/** Wide enough for a side column next to ANEF (same value as in overlay.css). */
export const WIDE_QUERY = '(min-width: 60em)';

export interface DockProps {
  /** The page whose layout makes room for the panel; none in practice mode. */
  hostDocument?: Document;
  /** Asks the dock to open and take the focus (keyboard shortcut). */
  focusRequest?: number;
}

export function Dock({ hostDocument, focusRequest = 0 }: DockProps) {
  const { t, i18n } = useTranslation('overlay');
  const settings = useSettingsStore((state) => state.settings);
  const update = useSettingsStore((state) => state.update);
  const wide = useMediaQuery(WIDE_QUERY);
  const dockRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const [focusAfterToggle, setFocusAfterToggle] = useState<'panel' | 'launcher' | null>(null);

  const dir = languageInfo(i18n.language).dir;
  const side: Side = settings.dockSide === 'auto' ? (dir === 'rtl' ? 'left' : 'right') : settings.dockSide;
  const open = settings.panelOpen;

  const setOpen = (value: boolean) => {
    setFocusAfterToggle(value ? 'panel' : 'launcher');
    void update({ panelOpen: value });
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    // Only a new request must act: the current open state is read, not watched.
    if (useSettingsStore.getState().settings.panelOpen) headingRef.current?.focus();
    else {
      setFocusAfterToggle('panel');
      void useSettingsStore.getState().update({ panelOpen: true });
    }
  }, [focusRequest]);

  useEffect(() => {
    if (focusAfterToggle === 'panel' && open) headingRef.current?.focus();
    if (focusAfterToggle === 'launcher' && !open) openButtonRef.current?.focus();
  }, [focusAfterToggle, open]);

  useLayoutEffect(() => {
    const dock = dockRef.current;
    if (!hostDocument || !dock) return;
    const apply = () => {
      const box = dock.getBoundingClientRect();
      reserveSpace(hostDocument, wide ? { side, inline: box.width, block: 0 } : { side, inline: 0, block: box.height });
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(dock);
    return () => observer.disconnect();
  }, [hostDocument, side, wide, open]);

  useEffect(() => () => {
    if (hostDocument) reserveSpace(hostDocument, null);
  }, [hostDocument]);

  return (
    <aside
      ref={dockRef}
      className={`repere-dock repere-dock--${side} ${wide ? 'repere-dock--wide' : 'repere-dock--narrow'} ${open ? 'is-open' : 'is-closed'}`}
      aria-label={t('landmark')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      {open ? (
        <Panel
          ref={headingRef}
          side={side}
          onCollapse={() => setOpen(false)}
          onSwapSide={() => void update({ dockSide: side === 'left' ? 'right' : 'left' })}
        />
      ) : (
        <Launcher ref={openButtonRef} onOpen={() => setOpen(true)} />
      )}
    </aside>
  );
}
