// Under the header: the banner while the user's own data is shown, and the problems of a file that was refused.
import { flushSync } from 'react-dom';
import { useDatasetSource } from '@/state/dataset-source';
import { formatNumber } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { ImportProgressBar } from './import-progress';
import { IMPORT_BUTTON_ID, useImportStatus } from './import-status';
import { returnToBundled } from './use-import-file';
import './data-io.css';

export function DataBanner() {
  const t = useMessages(DATA_IO_MESSAGES);
  const lang = useLang();
  const imported = useDatasetSource((s) => s.imported);
  const problem = useImportStatus((s) => s.problem);
  const setProblem = useImportStatus((s) => s.setProblem);

  return (
    <>
      <ImportProgressBar />
      {imported && (
        <div className="data-banner" role="region" aria-label={t.bannerLabel}>
          <p>
            <strong>
              {fill(t.bannerData, {
                n: formatNumber(imported.index.events.length, lang),
                file: imported.fileName,
              })}
            </strong>{' '}
            {t.bannerLinks}
            {imported.index.dataset.tallies.length === 0 && <> {t.bannerNoTallies}</>}
          </p>
          <button
            type="button"
            onClick={() => {
              // At once: the views remount with the bundled data, Import button included.
              flushSync(returnToBundled);
              document.getElementById(IMPORT_BUTTON_ID)?.focus();
            }}
          >
            {t.back}
          </button>
        </div>
      )}
      {problem && (
        <div className="import-errors" role="alert">
          <div className="import-errors-text">
            <p className="import-errors-title">{fill(t.errorsTitle, { file: problem.fileName })}</p>
            <p>{t.errorsUnchanged}</p>
            <ul>
              {problem.errors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            className="import-errors-dismiss"
            aria-label={t.dismiss}
            onClick={() => setProblem(null)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </>
  );
}
