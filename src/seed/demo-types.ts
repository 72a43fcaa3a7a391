import type { BodyBlockInput } from '../content/body.ts';
import type { ArticleStatus, CreditRole, MentionRole, OrganizationKind, PlaceKind } from '../generated/prisma/enums.ts';

// The shape of the hand-written demo set. Everything refers to everything else by slug, so the
// loader (src/seed/demo.ts) can upsert it idempotently.

export interface DemoArticle {
  slug: string;
  /** Slugs the article was published under before a rename; they keep resolving to it. */
  previousSlugs?: string[];
  title: string;
  alternativeTitle?: string;
  summary: string;
  body: BodyBlockInput[];
  status: ArticleStatus;
  /** ISO 8601 with offset, e.g. 2026-03-04T09:15:00+01:00. */
  publishedAt?: string;
  updatedAt?: string;
  scheduledAt?: string;
  publication: string;
  category: string;
  dateline?: { place: string; agency?: string };
  promo?: string;
  credits: { person: string; role: CreditRole }[];
  mentions: {
    people: { slug: string; role: MentionRole }[];
    organizations: { slug: string; role: MentionRole }[];
    places: { slug: string; role: MentionRole }[];
  };
  keyTakeaways: string[];
  faq: { question: string; answer: string }[];
  tags: string[];
  /** Editor-picked related articles, by slug, in order. */
  related: string[];
  /** The picture that leads the article in lists and apps. */
  leadImage?: {
    url: string;
    alt: string;
    caption?: string;
    credit?: string;
    width: number;
    height: number;
    focalPoint?: { x: number; y: number };
  };
}

export interface DemoContent {
  publications: { slug: string; name: string; description: string; url: string; timeZone: string }[];
  categories: { slug: string; name: string; description: string; parent?: string; position: number }[];
  tags: { slug: string; name: string; description?: string }[];
  organizations: { slug: string; name: string; kind: OrganizationKind; description?: string; url?: string }[];
  places: { slug: string; name: string; kind: PlaceKind; countryCode?: string }[];
  people: { slug: string; name: string; shortBio?: string; affiliation?: string }[];
  promos: { key: string; publication: string; title: string; url: string; description?: string }[];
  articles: DemoArticle[];
}
