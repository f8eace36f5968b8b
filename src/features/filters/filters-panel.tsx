// Filters region: narrows every view.
import { useAtlasIndex, useFilteredEvents } from '@/state/atlas-context';

export function FiltersPanel() {
  const { events } = useAtlasIndex();
  const filtered = useFilteredEvents();
  return (
    <>
      <h2>Filters</h2>
      <p role="status">
        {filtered.length} of {events.length} events
      </p>
    </>
  );
}
