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

  it('has the size the research and the audit’s additions promise', () => {
    const d = dataset();
    expect(d.events.length).toBeGreaterThanOrEqual(75);
    expect(d.tallies.length).toBeGreaterThanOrEqual(20);
    expect(d.context.length).toBeGreaterThanOrEqual(15);
  });

  it('tells every tally’s origins and Chinese scope, and every context figure’s Chinese label', () => {
    const d = dataset();
    expect(d.tallies.filter((t) => !t.origins?.length || !t.scope_zh).map((t) => t.id)).toEqual([]);
    expect(d.context.filter((c) => !c.label_zh).map((c) => c.id)).toEqual([]);
    // A Myanmar total must not speak for a Laos view, nor a Laos total for Myanmar.
    for (const t of d.tallies) {
      if (/myanmar|myawaddy|shan/i.test(t.scope)) expect(t.origins, t.id).toContain('MM');
      if (/laos/i.test(t.scope)) expect(t.origins, t.id).toEqual(['LA']);
    }
  });

  it('writes no Latin-script name inside Chinese text (codes such as KK or BP-125 aside)', () => {
    const d = dataset();
    const zh = [
      ...d.events.flatMap((e) => [e.title_zh ?? '', e.summary_zh ?? '']),
      ...d.places.map((p) => p.name_zh ?? ''),
      ...d.tallies.map((t) => t.scope_zh ?? ''),
      ...d.context.map((c) => c.label_zh ?? ''),
    ];
    expect(zh.filter((text) => /[a-z]/.test(text))).toEqual([]);
  });

  it('hands every transfer with a named receiving end to a place in China', () => {
    const d = dataset();
    const country = new Map(d.places.map((p) => [p.id, p.country]));
    const abroad = d.events
      .filter((e) => e.type === 'transfer' && e.to !== undefined && country.get(e.to) !== 'CN')
      .map((e) => e.id);
    expect(abroad).toEqual([]);
  });

  it('names an airport as an airport, and puts each town point on its town', () => {
    const place = (id: string) => dataset().places.find((p) => p.id === id);
    for (const id of ['bangkok', 'nanjing', 'yangon']) expect(place(id)?.precision).toBe('town');
    expect(place('bangkok')).toMatchObject({ lat: 13.75, lon: 100.5 });
    expect(place('nanjing')).toMatchObject({ lat: 32.06, lon: 118.8 });
    const yangonEvent = dataset().events.find(
      (e) => e.id === '2023-08-23-yangon-airport-handovers',
    );
    expect(place(yangonEvent?.place ?? '')?.name).toMatch(/Airport/);
    expect(place('yanlongkeng-gate')?.name_zh).not.toMatch(/Yanlongkeng/);
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

  it('has the arrest and handover of Ming Guoping, Ming Julan and Ming Zhenzhen and Ming Xuechang’s death', () => {
    const events = citing(xinhua());
    const handover = events.find((e) => e.type === 'transfer' && e.actors.includes('Ming Guoping'));
    expect(handover?.actors).toEqual(expect.arrayContaining(['Ming Julan', 'Ming Zhenzhen']));
    const death = events.find((e) => e.type === 'death');
    expect(death?.actors).toContain('Ming Xuechang');
    expect(death?.date.startsWith('2023-11')).toBe(true);
  });

  it('has the border cooperation from September 2023 and the November offensive (audit B1, B2)', () => {
    const policies = citing(xinhua()).filter((e) => e.type === 'policy');
    expect(policies.map((e) => [e.date, e.datePrecision])).toEqual(
      expect.arrayContaining([
        ['2023-09-01', 'month'],
        ['2023-11-01', 'month'],
      ]),
    );
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

  it('has the handover of three gang members as the one merged 16 November event', () => {
    const merged = citing(report()).find((e) =>
      e.sources.some((s) => s.quote.includes('three members of his gang were handed over')),
    );
    expect(merged).toMatchObject({ id: '2023-11-16-laukkai-ming-arrests', date: '2023-11-16' });
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

/** An event by id, failing the test when it is gone (published ids are never dropped). */
function event(id: string): AtlasEvent {
  const found = dataset().events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

describe('the high-severity corrections of the November 2026 audit', () => {
  it('A1: the 706 were handed to Lincang and Pu’er between 25 September and 7 October 2023', () => {
    const e = event('2023-10-07-yunnan-706-three-groups');
    expect(e).toMatchObject({ date: '2023-09-25', dateEnd: '2023-10-07', datePrecision: 'range' });
    expect(e.counts).toEqual({ transferred: 706, fugitives: 26 });
    expect(['lincang', 'puer']).toContain(e.to);
    expect(e.sources.some((s) => s.quote.includes('between September 25 and October 7'))).toBe(
      true,
    );
  });

  it('A2: the six-country meeting of 14 November 2025 is placed in Kunming, Vientiane noted', () => {
    const e = event('2025-11-14-vientiane-six-country-meeting');
    expect(e.place).toBe('kunming');
    expect(e.notes).toMatch(/Vientiane/);
  });

  it('A3: the Bai executions stand on a quote about the executions, naming the four', () => {
    const e = event('2026-02-02-shenzhen-bai-family-executions');
    expect(e.sources.some((s) => s.quote.includes('carried out the death sentences'))).toBe(true);
    expect(e.actors).toEqual(
      expect.arrayContaining(['Bai Yingcang', 'Yang Liqiang', 'Hu Xiaojiang', 'Chen Guangyi']),
    );
    expect(e.counts.deaths).toBeUndefined();
  });

  it('A4: 106 Chinese were handed over from the Golden Triangle raid on 15 August 2024', () => {
    const e = event('2024-08-15-luang-namtha-handover');
    expect(e).toMatchObject({ type: 'transfer', date: '2024-08-15', counts: { transferred: 106 } });
  });

  it('A5: Tangyan is a transfer of 763 of 1,079 arrested on 17 November 2024', () => {
    const e = event('2024-11-21-tangyan-joint-raid');
    expect(e).toMatchObject({ type: 'transfer', date: '2024-11-17' });
    expect(e.counts).toMatchObject({ detained: 1079, transferred: 763, fugitives: 69 });
  });

  it('A6: the 21 November handover id is retired into the 16 November transfer', () => {
    const retired = '2023-11-21-kokang-ming-gang-members-handover';
    expect(dataset().events.some((e) => e.id === retired)).toBe(false);
    expect(event('2023-11-16-laukkai-ming-arrests')).toMatchObject({
      type: 'transfer',
      date: '2023-11-16',
      replaces: [retired],
    });
  });
});
