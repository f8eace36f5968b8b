// Export and import actions of the page header: the Export menu, Import (file picker and page-wide drop).
import { useRef } from 'react';
import { useViewStore } from '@/state/view-store';
import { useMessages } from '@/ui/i18n';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { DropZone } from './drop-zone';
import { ExportMenu } from './export-menu';
import { IMPORT_BUTTON_ID, useImportStatus } from './import-status';
import { useImportFile } from './use-import-file';
import './data-io.css';

export function DataActions() {
  const t = useMessages(DATA_IO_MESSAGES);
  const mode = useViewStore((s) => s.mode);
  const announcement = useImportStatus((s) => s.announcement);
  const importFile = useImportFile();
  const inputRef = useRef<HTMLInputElement>(null);

  // Presenting and embedding show a view; preparing data is done before.
  if (mode !== 'normal') return null;
  return (
    <div className="data-actions" role="group" aria-label={t.groupLabel}>
      <ExportMenu />
      <button
        id={IMPORT_BUTTON_ID}
        type="button"
        title={t.importHint}
        onClick={() => inputRef.current?.click()}
      >
        {t.import}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        aria-label={t.importInput}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <p className="data-io-live" role="status">
        {announcement}
      </p>
      <DropZone onFile={importFile} />
    </div>
  );
}
