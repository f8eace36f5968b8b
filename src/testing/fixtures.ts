// A small, valid dataset for unit tests: real shapes, every number in its quote.
import type { AtlasEvent, Dataset, Tally } from '@/data/schema';

export function makeEvent(overrides: Partial<AtlasEvent> & Pick<AtlasEvent, 'id'>): AtlasEvent {
  return {
    date: '2023-11-18',
    datePrecision: 'day',
    type: 'transfer',
    title: 'Muse hands over 571 suspects',
    summary: 'Authorities in Muse handed over 571 suspects.',
    place: 'muse',
    origin: 'MM',
    destination: 'CN',
    counts: {},
    actors: [],
    sources: [{ source: 'xinhua', quote: 'handed over 571 telecom fraud suspects' }],
    ...overrides,
  };
}

/** A tally of about 48,000 transferred from Myanmar since 2023, announced 2024-04-01; override what a test varies. */
export function makeTally(overrides: Partial<Tally> & Pick<Tally, 'id'>): Tally {
  return {
    announced: '2024-04-01',
    value: 48000,
    qualifier: 'about',
    measure: 'transferred',
    since: '2023-01-01',
    scope: 'Myanmar',
    origins: ['MM'],
    sources: [{ source: 'xinhua', quote: 'about 48,000' }],
    ...overrides,
  };
}

export function makeDataset(): Dataset {
  return {
    version: 'test-1',
    sources: [
      {
        id: 'xinhua',
        publisher: 'Xinhua',
        title: '31,000 suspects transferred',
        url: 'https://english.news.cn/example',
        published: '2023-11-21',
      },
      {
        id: 'china-daily',
        publisher: 'China Daily',
        title: '807 suspects captured',
        url: null,
        published: '2024-04-02',
      },
    ],
    places: [
      {
        id: 'muse',
        name: 'Muse',
        name_zh: '木姐',
        country: 'MM',
        lat: 23.99,
        lon: 97.9,
        precision: 'town',
      },
      {
        id: 'ruili',
        name: 'Ruili',
        name_zh: '瑞丽',
        country: 'CN',
        lat: 24.01,
        lon: 97.85,
        precision: 'town',
      },
      {
        id: 'laukkai',
        name: 'Laukkai',
        name_zh: '老街',
        country: 'MM',
        lat: 23.7,
        lon: 98.76,
        precision: 'town',
      },
      {
        id: 'vientiane',
        name: 'Vientiane',
        name_zh: '万象',
        country: 'LA',
        lat: 17.97,
        lon: 102.61,
        precision: 'town',
      },
    ],
    events: [
      makeEvent({
        id: '2023-11-18-muse-handover',
        from: 'muse',
        to: 'ruili',
        counts: { transferred: 571 },
        actors: [],
      }),
      makeEvent({
        id: '2023-11-15-ming-arrests',
        date: '2023-11-15',
        type: 'arrest',
        title: 'Ming family ringleaders arrested',
        summary: 'Ming Guoping, Ming Julan and Ming Zhenzhen were arrested in Kokang.',
        place: 'laukkai',
        actors: ['Ming family', 'Ming Guoping'],
        sources: [
          {
            source: 'xinhua',
            quote:
              "Ming Guoping, Ming Julan and Ming Zhenzhen, ringleaders of a telecom and online fraud criminal gang in northern Myanmar's Kokang Self-Administered Zone, were arrested",
          },
        ],
      }),
      makeEvent({
        id: '2024-02-laos-transfer',
        date: '2024-02-01',
        datePrecision: 'month',
        title: '268 suspects transferred from Laos',
        summary: '268 suspects were transferred to China from Laos in February.',
        place: 'vientiane',
        origin: 'LA',
        counts: { transferred: 268 },
        sources: [
          {
            source: 'china-daily',
            quote: '268 telecom fraud suspects were transferred to China from Laos in February',
          },
        ],
      }),
      makeEvent({
        id: '2024-03-28-muse-operation',
        date: '2024-03-28',
        dateEnd: '2024-03-31',
        datePrecision: 'range',
        type: 'raid',
        title: '807 suspects captured in Muse',
        summary: 'A joint operation captured 807 suspects; 352 Chinese were transferred.',
        counts: { detained: 807, transferred: 352 },
        sources: [
          {
            source: 'china-daily',
            quote: 'A total of 807 cross-border telecom scam suspects were captured',
          },
          { source: 'china-daily', quote: 'Among the suspects were 352 Chinese nationals' },
        ],
      }),
    ],
    tallies: [
      {
        id: 'mps-2023-11-21',
        announced: '2023-11-21',
        value: 31000,
        qualifier: 'exact',
        measure: 'transferred',
        since: null,
        scope: 'Myanmar',
        origins: ['MM'],
        sources: [{ source: 'xinhua', quote: 'A total of 31,000 suspects have been transferred' }],
      },
      {
        id: 'mps-2024-04-01',
        announced: '2024-04-01',
        value: 48000,
        qualifier: 'about',
        measure: 'transferred',
        since: '2023-01-01',
        scope: 'Myanmar',
        origins: ['MM'],
        sources: [
          {
            source: 'china-daily',
            quote: 'So far, about 48,000 Chinese suspects have been handed over',
          },
        ],
      },
    ],
    context: [
      {
        id: 'scam-centres',
        date: '2023-11-21',
        label: 'Scam centres in Myanmar',
        value: 1000,
        qualifier: 'at least',
        sources: [{ source: 'xinhua', quote: 'at least 1,000 scam centers in Myanmar' }],
      },
    ],
  };
}
