// A fetched HTML page's title and links (htmlparser2), link addresses made absolute against the page (or its
// <base href>). Enough to tell a report page from a page wrapping an attachment, and to walk a list of reports.
import { Parser } from 'htmlparser2';

export interface PageLink {
  readonly url: string;
  /** The link's text, else its title attribute, whitespace collapsed. */
  readonly text: string;
  /** The title attribute (lists often cut the text short: `深圳市龙岗区…年度报告`), whitespace collapsed. */
  readonly title: string;
  /** rel="next" */
  readonly isNext: boolean;
}

export interface PageOutline {
  readonly title: string;
  readonly links: readonly PageLink[];
}

export function readPage(html: string, pageUrl: string): PageOutline {
  let base = pageUrl;
  let title = '';
  let heading = '';
  let inTitle = false;
  let inHeading = false;
  const links: PageLink[] = [];
  let open: { href: string; title: string; rel: string; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) base = resolve(attributes.href, pageUrl) ?? base;
        else if (name === 'title') inTitle = true;
        else if (name === 'h1' && heading === '') inHeading = true;
        else if (name === 'a' && attributes.href !== undefined)
          open = { href: attributes.href, title: attributes.title ?? '', rel: attributes.rel ?? '', text: '' };
      },
      ontext(text) {
        if (inTitle) title += text;
        if (inHeading) heading += text;
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        else if (name === 'h1') inHeading = false;
        else if (name === 'a' && open) {
          const url = resolve(open.href, base);
          const text = collapse(open.text) || collapse(open.title);
          if (url) links.push({ url, text, title: collapse(open.title), isNext: /\bnext\b/i.test(open.rel) });
          open = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { title: collapse(title) || collapse(heading), links };
}

/** An http(s) address for `href` on the page, without its fragment; undefined for script: and mail links. */
function resolve(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
