import { Page, paginate } from './paginate';

async function collect<T>(generator: AsyncGenerator<T[]>) {
  const pages: T[][] = [];
  for await (const page of generator) {
    pages.push(page);
  }
  return pages;
}

/** A paged list of `total` ids served `size` at a time, recording which pages were asked for. */
function pagedIds(total: number, size: number, count = total) {
  const asked: number[] = [];
  const fetchPage = async (page: number): Promise<Page<number>> => {
    asked.push(page);
    const rows = Array.from(
      { length: Math.max(0, Math.min(size, total - page * size)) },
      (_, i) => page * size + i + 1,
    );
    return { count, rows };
  };
  return { asked, fetchPage };
}

describe('paginate', () => {
  it('reads pages until count rows were seen', async () => {
    const { asked, fetchPage } = pagedIds(250, 100);
    const pages = await collect(paginate(fetchPage, id => id));
    expect(asked).toEqual([0, 1, 2]);
    expect(pages.map(p => p.length)).toEqual([100, 100, 50]);
    expect(new Set(pages.flat()).size).toBe(250);
  });

  it('stops at an empty page when count claims more rows than exist', async () => {
    const { asked, fetchPage } = pagedIds(150, 100, 1_000);
    const pages = await collect(paginate(fetchPage, id => id));
    expect(asked).toEqual([0, 1, 2]);
    expect(pages.flat()).toHaveLength(150);
  });

  it('stops when a server ignoring `page` keeps answering the same rows', async () => {
    let calls = 0;
    const pages = await collect(
      paginate(
        async () => {
          calls++;
          return { count: 500, rows: [1, 2, 3] };
        },
        id => id,
      ),
    );
    expect(calls).toBe(2);
    expect(pages).toEqual([[1, 2, 3]]);
  });

  it('drops rows that shifted into a later page', async () => {
    const answers = [
      { count: 4, rows: [1, 2] },
      { count: 4, rows: [2, 3] },
      { count: 4, rows: [4] },
    ];
    const pages = await collect(
      paginate(
        async page => answers[page],
        id => id,
      ),
    );
    expect(pages).toEqual([[1, 2], [3], [4]]);
  });

  it('asks for nothing more once the consumer stops', async () => {
    const { asked, fetchPage } = pagedIds(1_000, 100);
    for await (const page of paginate(fetchPage, id => id)) {
      expect(page).toHaveLength(100);
      break;
    }
    expect(asked).toEqual([0]);
  });

  it('yields nothing for an empty list', async () => {
    const { asked, fetchPage } = pagedIds(0, 100);
    expect(await collect(paginate(fetchPage, id => id))).toEqual([]);
    expect(asked).toEqual([0]);
  });
});
