// Escape clears the selection from anywhere on the page, as it does in the event list.
import { useEffect } from 'react';
import { useViewStore } from '@/state/view-store';
import { isEditable } from '@/ui/is-editable';

export function useEscapeClears(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A view that used the key (closing a popup or a picker) or a text field keeps it; in
      // present mode Escape means "leave present mode" instead.
      if (event.key !== 'Escape' || event.defaultPrevented || isEditable(event.target)) return;
      const store = useViewStore.getState();
      if (store.mode !== 'present' && store.selectedId !== null) store.select(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
