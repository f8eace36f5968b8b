// The app: providers, dataset loading with its error path, and the layout of the five regions.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { DatasetError } from '@/data/dataset-query';
import { datasetQueryOptions } from '@/features/data-io/dataset-load';
import { useThemePreference } from '@/features/preferences/theme-preference';
import { AtlasProvider } from '@/state/atlas-context';
import { useDatasetSource } from '@/state/dataset-source';
import { useMessages } from '@/ui/i18n';
import { APP_MESSAGES } from './app-messages';
import { Layout } from './layout';

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? new QueryClient());
  // At the root, so the loading and error pages already wear the reader's theme.
  useThemePreference();
  // Going back to the bundled dataset remounts the gate, not only the views: a fiber keeps its
  // previous render's hooks until it renders again, and the gate's deferred value there was the
  // import's index, which held all of its events (some 60 MB at 100,000) after Back.
  const released = useDatasetSource((s) => s.released);
  return (
    <QueryClientProvider client={queryClient}>
      <DatasetGate key={released} />
    </QueryClientProvider>
  );
}

function DatasetGate() {
  const t = useMessages(APP_MESSAGES);
  const query = useQuery(datasetQueryOptions());
  // A file the user imported replaces the bundled dataset in every view until they go back.
  const imported = useDatasetSource((s) => s.imported);
  const bundled = query.data ?? null;
  // Deferred: the views' first render with imported data (100,000 events) then runs at low
  // priority, which React splits between frames instead of holding the page in one task. Going
  // back is not deferred: the gate and the views remount (see `App`), and must not with the import.
  const deferred = useDeferredValue(imported?.index ?? bundled);
  const index = imported ? deferred : bundled;
  if (index)
    return (
      <AtlasProvider index={index}>
        <Layout />
      </AtlasProvider>
    );
  if (query.isError) {
    const problems =
      query.error instanceof DatasetError ? query.error.problems : [query.error.message];
    return (
      <main className="status-page">
        <h1>Crackdown Atlas</h1>
        <div role="alert" className="load-error">
          <h2>{t.loadFailed}</h2>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? t.retrying : t.retry}
          </button>
        </div>
      </main>
    );
  }
  return (
    <main className="status-page" aria-busy="true">
      <h1>Crackdown Atlas</h1>
      <p role="status">{t.loadingDataset}</p>
    </main>
  );
}
