// schema.org JSON-LD for an article page: a NewsArticle and, when the article has questions, an
// FAQPage, in one @graph, ready for a web front-end's <script type="application/ld+json">.

interface JsonLdInput {
  slug: string;
  title: string;
  alternativeTitle: string | null;
  summary: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  wordCount: number;
  publication: { name: string; url: string };
  category: { name: string };
  credits: { role: string; person: { name: string; slug: string } }[];
  tags: { tag: { name: string } }[];
  faqEntries: { question: string; answer: string }[];
  datelinePlace: { name: string } | null;
  body: unknown;
}

const firstImage = (body: unknown): string | undefined =>
  Array.isArray(body) ? (body.find((b) => b?.type === 'image') as { url?: string } | undefined)?.url : undefined;

export function articleJsonLd(a: JsonLdInput): Record<string, unknown> {
  const base = a.publication.url.replace(/\/$/, '');
  const url = `${base}/${a.slug}`;
  const people = (roles: string[]) =>
    a.credits
      .filter((c) => roles.includes(c.role))
      .map((c) => ({ '@type': 'Person', name: c.person.name, url: `${base}/people/${c.person.slug}` }));
  const article: Record<string, unknown> = {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: url,
    headline: a.title,
    alternativeHeadline: a.alternativeTitle ?? undefined,
    description: a.summary ?? undefined,
    datePublished: a.publishedAt?.toISOString(),
    dateModified: a.updatedAt.toISOString(),
    wordCount: a.wordCount,
    articleSection: a.category.name,
    keywords: a.tags.map((t) => t.tag.name),
    author: people(['AUTHOR', 'WRITING', 'REPORTING']),
    editor: people(['EDITING']),
    contentLocation: a.datelinePlace ? { '@type': 'Place', name: a.datelinePlace.name } : undefined,
    image: firstImage(a.body),
    publisher: { '@type': 'NewsMediaOrganization', name: a.publication.name, url: a.publication.url },
  };
  const graph: Record<string, unknown>[] = [JSON.parse(JSON.stringify(article))];
  if (a.faqEntries.length) {
    graph.push({
      '@type': 'FAQPage',
      '@id': `${url}#faq`,
      mainEntity: a.faqEntries.map((f) => ({
        '@type': 'Question',
        name: f.question,
        acceptedAnswer: { '@type': 'Answer', text: f.answer },
      })),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
