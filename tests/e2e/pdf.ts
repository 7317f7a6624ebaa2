/**
 * Reads a PDF that Chromium printed (`page.pdf()`): how many sheets, and the text on each, so a test
 * can check what lands on paper without looking at pictures.
 */

// pdf.js 6 uses Promise.withResolvers, which Node gained in version 22; the tests may run on Node 20.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      return { promise, resolve, reject };
    },
  });
}

/** The text of one sheet with runs of white space made single, and ligatures (ﬁ, ﬀ) spelt out. */
const tidy = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

export async function pdfPages(buffer: Buffer): Promise<{ count: number; pages: string[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(buffer), verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(tidy(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
  }
  await task.destroy();
  return { count: pages.length, pages };
}

/**
 * Whether printed text holds a phrase. pdf.js breaks words where the font joins letters ("o ffi ce"),
 * so both are compared without spaces.
 */
export const printedHas = (text: string, phrase: string) =>
  text.replace(/\s+/g, '').includes(tidy(phrase).replace(/\s+/g, ''));
