import { describe, expect, it } from 'vitest';
import { defaultQuery, graphiqlOptions } from '../src/graphiql.ts';
import { yoga } from '../src/yoga.ts';
import { useDemoContent } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';

useDemoContent();

describe('HTTP endpoints', () => {
  it('serves GraphiQL opening on the article page operation, which runs as it is on the demo content', async () => {
    const page = await yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('query ArticlePage');
    // Everything inline: no script, style or font from another host (yoga's default page uses a CDN).
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    expect(html).toContain('graphiql-explorer');
    const res = await graphql(defaultQuery);
    expect(res.errors).toBeUndefined();
    expect(res.data.article.slug).toBe('central-bank-holds-rates-steady');
    expect(res.data.article.related.edges.length).toBeGreaterThan(0);
    expect(res.data.article.moreFromCategory.edges.length).toBeGreaterThan(0);
    expect(res.data.article.jsonLd['@graph'].map((g: { '@type': string }) => g['@type'])).toEqual(['NewsArticle', 'FAQPage']);
  });

  it('opens tabs of example operations for analysts, each running as it is on the demo content', async () => {
    const tabs = graphiqlOptions.defaultTabs!.map((t) => t.query!);
    expect(tabs.map((q) => /query (\w+)/.exec(q)![1])).toEqual([
      'ArticlePage',
      'Search',
      'Facets',
      'PersonWork',
      'CategoryByMonth',
      'People',
    ]);
    for (const query of tabs) {
      const res = await graphql(query);
      expect(res.errors, query.slice(0, 80)).toBeUndefined();
      expect(JSON.stringify(res.data)).toMatch(/"count":[1-9]|"totalCount":[1-9]|"slug":"/);
    }
    const search = await graphql(tabs[1]);
    expect(search.data.search.totalCount).toBeGreaterThan(0);
    expect(search.data.search.edges[0].snippet).toContain('<mark>');
  });

  it('answers /health and /ready', async () => {
    expect((await yoga.fetch('http://gateway.test/health')).status).toBe(200);
    const ready = await yoga.fetch('http://gateway.test/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers malformed requests with GraphQL errors, not stack traces', async () => {
    const bad = await graphql('{ article(slug: "x") { nope } }');
    expect(bad.errors?.[0].message).toMatch(/Cannot query field "nope"/);
    const syntax = await graphql('{ article(slug: ');
    expect(syntax.errors?.[0].message).toMatch(/Syntax Error/);
    for (const r of [bad, syntax]) expect(JSON.stringify(r)).not.toMatch(/\.ts:\d+|node_modules/);
  });
});
