// The page-wide drop target: dragging a file over the page shows where it goes and that it stays local.
import { useEffect, useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { useImportStatus } from './import-status';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** `onFile` should be stable (a useCallback): the window listeners are re-attached when it changes. */
export function DropZone({ onFile }: { onFile: (file: File) => Promise<void> }) {
  const t = useMessages(DATA_IO_MESSAGES);
  const [active, setActive] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag leaves the page.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      if (depth === 1) {
        setActive(true);
        useImportStatus.getState().announce(t.dropTitle);
      }
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file itself instead of letting us read it.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setActive(false);
      const file = event.dataTransfer?.files[0];
      if (file) void onFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile, t]);

  if (!active) return null;
  // The live region of DataActions announces it; this is the picture of it.
  return (
    <div className="drop-zone" aria-hidden="true">
      <div className="drop-zone-card">
        <p className="drop-zone-title">{t.dropTitle}</p>
        <p>{t.dropPrivacy}</p>
      </div>
    </div>
  );
}
