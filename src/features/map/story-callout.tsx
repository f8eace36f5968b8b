// A story step's note pinned to a place: a callout on the map at that place, its label as plain text.
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Place } from '@/data/schema';
import { useAnnotation } from '@/state/annotation';
import { useAtlasIndex, useFilteredView } from '@/state/atlas-context';
import { calloutSide, type CalloutSide } from './callout-side';

/** How far the callout's pointer stands off its place, towards the side it opens to. */
const OFFSETS: Record<CalloutSide, [number, number]> = {
  top: [0, -14],
  bottom: [0, 14],
  right: [14, 0],
  left: [-14, 0],
};

export function StoryCallout() {
  const map = useMap();
  const { placeById } = useAtlasIndex();
  const { events } = useFilteredView();
  const annotation = useAnnotation((s) => s.annotation);
  const place = annotation?.place === undefined ? undefined : placeById.get(annotation.place);
  const label = annotation?.label;
  // The ends of the step's movements at the place (from it, to it, or of an event there, as a
  // deportation from a zone through a checkpoint): the callout opens away from them.
  const side = useMemo(() => {
    if (!place) return 'top';
    const ends: Place[] = [];
    for (const e of events) {
      if (e.place !== place.id && e.from !== place.id && e.to !== place.id) continue;
      for (const id of [e.from, e.to]) {
        const end = id === undefined || id === place.id ? undefined : placeById.get(id);
        if (end) ends.push(end);
      }
    }
    return calloutSide(place, ends);
  }, [events, place, placeById]);

  useEffect(() => {
    if (!place || label === undefined) return;
    // An element, not a string: Leaflet would set a string as HTML.
    const content = document.createElement('span');
    content.textContent = label;
    const callout = L.tooltip({
      permanent: true,
      direction: side,
      offset: OFFSETS[side],
      className: 'story-callout',
      interactive: false,
    })
      .setLatLng([place.lat, place.lon])
      .setContent(content);
    map.openTooltip(callout);
    return () => {
      map.closeTooltip(callout);
      // Gone at once, not faded out over 200 ms: the next step's callout never shows beside it.
      callout.getElement()?.remove();
    };
  }, [map, place, label, side]);

  return null;
}
