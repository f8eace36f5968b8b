// The app: providers, dataset loading with its error path, and the layout of the five regions.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { datasetQueryOptions, DatasetError } from '@/data/dataset-query';
import { buildIndex } from '@/domain/dataset-index';
import { AtlasProvider } from '@/state/atlas-context';
import { Layout } from './layout';

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <DatasetGate />
    </QueryClientProvider>
  );
}

function DatasetGate() {
  const query = useQuery(datasetQueryOptions());
  const index = useMemo(() => (query.data ? buildIndex(query.data) : null), [query.data]);
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
          <h2>The dataset could not be loaded</h2>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      </main>
    );
  }
  return (
    <main className="status-page" aria-busy="true">
      <h1>Crackdown Atlas</h1>
      <p role="status">Loading the dataset…</p>
    </main>
  );
}
