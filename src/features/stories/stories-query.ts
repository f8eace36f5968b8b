// Server state: the bundled stories (public/data/stories.json), fetched beside the dataset and validated.
import { queryOptions } from '@tanstack/react-query';
import { parseStoriesText, type Story } from './story-schema';

function storiesUrl(): string {
  return new URL('data/stories.json', document.baseURI).href;
}

async function fetchStories(url: string): Promise<Story[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The server answered ${response.status} for ${url}.`);
  const result = parseStoriesText(await response.text());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.stories;
}

export const storiesQueryOptions = (url: string = storiesUrl()) =>
  queryOptions({
    queryKey: ['stories', url],
    queryFn: () => fetchStories(url),
    staleTime: Infinity,
    retry: false,
  });
