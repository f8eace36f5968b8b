// On a phone the details open as a sheet over the view an event was picked in; closing returns there.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useViewStore } from '@/state/view-store';

interface DetailsSheet {
  open: boolean;
  close: () => void;
  /** The sheet's close button: focus lands there when the sheet opens. */
  closeRef: React.RefObject<HTMLButtonElement | null>;
  onKeyDown: (event: KeyboardEvent) => void;
  /** For clicks in the views: a tap on an event opens the sheet, even on the one already selected. */
  onViewsClick: (event: MouseEvent) => void;
}

export function useDetailsSheet(enabled: boolean): DetailsSheet {
  const selectedId = useViewStore((s) => s.selectedId);
  const [open, setOpen] = useState(false);
  // A selection made while the sheet can open opens it; one from the link does not cover the page.
  const [seen, setSeen] = useState(selectedId);
  if (seen !== selectedId) {
    setSeen(selectedId);
    setOpen(enabled && selectedId !== null);
  }
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const shown = enabled && open;
  useEffect(() => {
    if (!shown) return;
    // Remember where the user picked the event (a card, a mark) before taking focus into the sheet.
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    closeRef.current?.focus();
  }, [shown]);

  const close = () => {
    setOpen(false);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !shown) return;
    // Used here: Escape closes the sheet and keeps the selection, instead of clearing it.
    event.preventDefault();
    close();
  };

  const onViewsClick = (event: MouseEvent) => {
    if (enabled && event.target instanceof Element && event.target.closest('[data-event-id]'))
      setOpen(useViewStore.getState().selectedId !== null);
  };

  return { open: shown, close, closeRef, onKeyDown, onViewsClick };
}
