// The import under way: what it is doing, how far it has read, and Cancel.
import { fill, useMessages } from '@/ui/i18n';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { useImportStatus } from './import-status';

export function ImportProgressBar() {
  const t = useMessages(DATA_IO_MESSAGES);
  const running = useImportStatus((s) => s.running);
  if (!running) return null;
  const label = fill(t[running.phase], { file: running.fileName });
  return (
    <div className="import-progress" role="group" aria-label={t.progressLabel}>
      <span className="import-progress-text">{label}</span>
      {/* Checking is one step in the worker with no measurable fraction: the bar says "busy", not a made-up share. */}
      {running.phase === 'checking' ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} value={running.loaded} max={running.total || 1} />
      )}
      <button type="button" onClick={running.cancel}>
        {t.cancel}
      </button>
    </div>
  );
}
