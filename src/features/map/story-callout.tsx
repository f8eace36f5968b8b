// A story step's note pinned to a place: a callout on the map at that place, its label as plain text.
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useAnnotation } from '@/state/annotation';
import { useAtlasIndex } from '@/state/atlas-context';

export function StoryCallout() {
  const map = useMap();
  const { placeById } = useAtlasIndex();
  const annotation = useAnnotation((s) => s.annotation);
  const place = annotation?.place === undefined ? undefined : placeById.get(annotation.place);
  const label = annotation?.label;

  useEffect(() => {
    if (!place || label === undefined) return;
    // An element, not a string: Leaflet would set a string as HTML.
    const content = document.createElement('span');
    content.textContent = label;
    const callout = L.tooltip({
      permanent: true,
      direction: 'top',
      offset: [0, -14],
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
  }, [map, place, label]);

  return null;
}
