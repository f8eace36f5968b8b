// The bundled dataset passes every check, and holds the key facts each source article reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Dataset } from './schema';
import { validateDataset } from './validate';

const raw: unknown = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
const result = validateDataset(raw);

function dataset(): Dataset {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.dataset;
}

/** The events citing a source, as the facts checks look for them. */
function citing(sourceId: string): AtlasEvent[] {
  return dataset().events.filter((e) => e.sources.some((s) => s.source === sourceId));
}

/** The id of the source whose url or publisher/date matches, so tests do not hard-code slugs. */
function sourceId(match: (s: Dataset['sources'][number]) => boolean): string {
  const found = dataset().sources.find(match);
  if (!found) throw new Error('source not in the dataset');
  return found.id;
}

describe('the bundled dataset', () => {
  it('passes the schema and every cross-check', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the size the research promises', () => {
    const d = dataset();
    expect(d.events.length).toBeGreaterThanOrEqual(45);
    expect(d.tallies.length).toBeGreaterThanOrEqual(8);
    expect(d.context.length).toBeGreaterThanOrEqual(2);
  });

  it('gives every place a Chinese name', () => {
    expect(
      dataset()
        .places.filter((p) => !p.name_zh)
        .map((p) => p.id),
    ).toEqual([]);
  });

  it('gives Chinese titles and summaries to the events of the three source articles', () => {
    const ids = [
      sourceId((s) => s.url?.includes('english.news.cn/20231121') ?? false),
      sourceId((s) => s.url === null && s.published === '2023-11-21'),
      sourceId((s) => s.url?.includes('2024-04-02/detail-ihczemzi6545005') ?? false),
    ];
    const missing = ids
      .flatMap(citing)
      .filter((e) => !e.title_zh || !e.summary_zh)
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });
});

describe('facts of the Xinhua report of 2023-11-21 (source 003)', () => {
  const xinhua = () => sourceId((s) => s.url?.includes('english.news.cn/20231121') ?? false);

  it('has the Muse handover of 571 on 18 November 2023', () => {
    const event = dataset().events.find((e) => e.id === '2023-11-18-muse-handover');
    expect(event).toMatchObject({
      date: '2023-11-18',
      datePrecision: 'day',
      type: 'transfer',
      place: 'muse',
      origin: 'MM',
      destination: 'CN',
      counts: { transferred: 571 },
    });
    expect(event?.sources.map((s) => s.source)).toContain(xinhua());
  });

  it('has the official total of 31,000 announced on 21 November 2023', () => {
    const tally = dataset().tallies.find((t) => t.value === 31000);
    expect(tally).toMatchObject({ announced: '2023-11-21', measure: 'transferred' });
    expect(tally?.sources.map((s) => s.source)).toContain(xinhua());
  });

  it('has the arrests of Ming Guoping, Ming Julan and Ming Zhenzhen and Ming Xuechang’s death', () => {
    const events = citing(xinhua());
    const arrest = events.find((e) => e.type === 'arrest' && e.actors.includes('Ming Guoping'));
    expect(arrest?.actors).toEqual(expect.arrayContaining(['Ming Julan', 'Ming Zhenzhen']));
    const death = events.find((e) => e.type === 'death');
    expect(death?.actors).toContain('Ming Xuechang');
    expect(death?.date.startsWith('2023-11')).toBe(true);
  });

  it('records 63 masterminds and 1,531 fugitives', () => {
    const tallyOrEvent = [
      ...dataset().tallies.map((t) => t.sources),
      ...citing(xinhua()).map((e) => e.sources),
    ].flat();
    expect(tallyOrEvent.some((s) => s.quote.includes('63') && s.quote.includes('1,531'))).toBe(
      true,
    );
  });
});

describe('facts of the unattributed report of 2023-11-21 (source 000)', () => {
  const report = () => sourceId((s) => s.url === null && s.published === '2023-11-21');

  it('has the context figures: 1,000 scam centres and 100,000 people a day', () => {
    const values = dataset()
      .context.filter((c) => c.sources.some((s) => s.source === report()))
      .map((c) => [c.value, c.qualifier]);
    expect(values).toEqual(
      expect.arrayContaining([
        [1000, 'at least'],
        [100000, 'over'],
      ]),
    );
  });

  it('has the Nong Rong visit to Myanmar', () => {
    const visit = citing(report()).find((e) => e.actors.some((a) => a.includes('Nong Rong')));
    expect(visit).toMatchObject({ type: 'diplomacy', origin: 'MM' });
  });
});

describe('facts of the China Daily report of 2024-04-02 (source 002)', () => {
  const chinaDaily = () =>
    sourceId((s) => s.url?.includes('2024-04-02/detail-ihczemzi6545005') ?? false);

  it('has the Muse operation: 807 captured, 352 Chinese incl. 21 ringleaders transferred on 31 March', () => {
    const muse = citing(chinaDaily()).find((e) => e.place === 'muse');
    expect(muse?.counts).toMatchObject({ detained: 807, transferred: 352, ringleaders: 21 });
    expect([muse?.date, muse?.dateEnd]).toContain('2024-03-31');
  });

  it('has the official total of about 48,000 since 2023-01-01', () => {
    const tally = dataset().tallies.find((t) => t.value === 48000);
    expect(tally).toMatchObject({
      announced: '2024-04-01',
      qualifier: 'about',
      since: '2023-01-01',
    });
  });

  it('has 268 suspects transferred from Laos in February 2024', () => {
    const laos = citing(chinaDaily()).find((e) => e.origin === 'LA');
    expect(laos).toMatchObject({ counts: { transferred: 268 } });
    expect(laos?.date.startsWith('2024-0')).toBe(true);
  });

  it('has the Supreme People’s Court case: 196 victims, 27.96 million yuan', () => {
    const court = citing(chinaDaily()).find((e) => e.type === 'sentence');
    expect(court?.counts).toMatchObject({ victims: 196, amountCny: 27960000 });
  });
});
