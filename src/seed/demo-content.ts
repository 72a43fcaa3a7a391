import type { DemoContent } from './demo-types.ts';

// Hand-written demo content for the gateway. Everything here is fictional: the publications,
// people, companies, agencies and events are invented for demonstration. Real cities and
// countries appear only as places. Entities refer to each other by slug; parents are listed
// before their children and every referenced slug is defined in this file.

export const demoContent: DemoContent = {
  publications: [
    {
      slug: 'meridian-finance-review',
      name: 'The Meridian Finance Review',
      description: 'Daily coverage of central banks, markets, banking and the companies that move them.',
      url: 'https://meridian-finance.example',
      timeZone: 'Europe/London',
    },
    {
      slug: 'circuit-daily',
      name: 'Circuit Daily',
      description: 'Technology news for people who build, buy and regulate it: AI, chips, cloud and security.',
      url: 'https://circuitdaily.example',
      timeZone: 'America/New_York',
    },
    {
      slug: 'harbourline-weekly',
      name: 'Harbourline World Weekly',
      description: 'A weekly view of the global economy from Asia: trade, energy, shipping and policy.',
      url: 'https://harbourline.example',
      timeZone: 'Asia/Singapore',
    },
  ],

  categories: [
    { slug: 'finance', name: 'Finance', description: 'Money, rates, banks and markets.', position: 0 },
    {
      slug: 'monetary-policy',
      name: 'Monetary Policy',
      description: 'Central bank decisions, minutes and the debate over interest rates.',
      parent: 'finance',
      position: 0,
    },
    {
      slug: 'banking',
      name: 'Banking',
      description: 'Lenders, their results and the rules they operate under.',
      parent: 'finance',
      position: 1,
    },
    {
      slug: 'markets',
      name: 'Markets',
      description: 'Bonds, stocks and currencies, and what is moving them.',
      parent: 'finance',
      position: 2,
    },
    {
      slug: 'equities',
      name: 'Equities',
      description: 'Stock markets and the companies listed on them.',
      parent: 'markets',
      position: 0,
    },
    {
      slug: 'currencies',
      name: 'Currencies',
      description: 'Foreign exchange markets and the forces behind them.',
      parent: 'markets',
      position: 1,
    },
    { slug: 'business', name: 'Business', description: 'Companies, industries and trade.', position: 1 },
    {
      slug: 'companies',
      name: 'Companies',
      description: 'Deals, leadership changes and strategy at individual firms.',
      parent: 'business',
      position: 0,
    },
    {
      slug: 'energy',
      name: 'Energy',
      description: 'Oil, gas, power grids and the shift to cleaner sources.',
      parent: 'business',
      position: 1,
    },
    {
      slug: 'trade',
      name: 'Trade',
      description: 'Tariffs, shipping and the flow of goods between economies.',
      parent: 'business',
      position: 2,
    },
    { slug: 'technology', name: 'Technology', description: 'The technology industry and its effects.', position: 2 },
    {
      slug: 'artificial-intelligence',
      name: 'Artificial Intelligence',
      description: 'AI models, the companies building them and the rules being written for them.',
      parent: 'technology',
      position: 0,
    },
    {
      slug: 'semiconductors',
      name: 'Semiconductors',
      description: 'Chip design, manufacturing and the supply chain behind them.',
      parent: 'technology',
      position: 1,
    },
    {
      slug: 'cybersecurity',
      name: 'Cybersecurity',
      description: 'Attacks, defences and the business of keeping systems safe.',
      parent: 'technology',
      position: 2,
    },
    { slug: 'world', name: 'World', description: 'The global economy, region by region.', position: 3 },
    {
      slug: 'europe',
      name: 'Europe',
      description: 'Economic and business news from across Europe.',
      parent: 'world',
      position: 0,
    },
    {
      slug: 'asia-pacific',
      name: 'Asia-Pacific',
      description: 'Economic and business news from Asia and the Pacific.',
      parent: 'world',
      position: 1,
    },
    {
      slug: 'americas',
      name: 'Americas',
      description: 'Economic and business news from North and South America.',
      parent: 'world',
      position: 2,
    },
  ],

  tags: [
    { slug: 'interest-rates', name: 'Interest Rates', description: 'Policy rates, borrowing costs and their effects.' },
    { slug: 'inflation', name: 'Inflation', description: 'Consumer and producer price growth.' },
    { slug: 'central-banks', name: 'Central Banks' },
    { slug: 'bonds', name: 'Bonds' },
    { slug: 'exchange-rates', name: 'Exchange Rates' },
    { slug: 'stock-markets', name: 'Stock Markets' },
    { slug: 'earnings', name: 'Earnings', description: 'Company results and guidance.' },
    { slug: 'mergers-and-acquisitions', name: 'Mergers & Acquisitions' },
    { slug: 'ipo', name: 'IPOs and Listings' },
    { slug: 'banking-regulation', name: 'Banking Regulation' },
    { slug: 'fintech', name: 'Fintech' },
    { slug: 'ai', name: 'AI', description: 'Artificial intelligence in business and policy.' },
    { slug: 'chips', name: 'Chips' },
    { slug: 'cloud-computing', name: 'Cloud Computing' },
    { slug: 'data-privacy', name: 'Data Privacy' },
    { slug: 'cyberattacks', name: 'Cyberattacks' },
    { slug: 'antitrust', name: 'Antitrust' },
    { slug: 'trade-policy', name: 'Trade Policy' },
    { slug: 'tariffs', name: 'Tariffs' },
    { slug: 'supply-chains', name: 'Supply Chains' },
    { slug: 'shipping', name: 'Shipping' },
    { slug: 'oil', name: 'Oil' },
    { slug: 'renewables', name: 'Renewables' },
    { slug: 'electric-vehicles', name: 'Electric Vehicles' },
    { slug: 'labour-market', name: 'Labour Market' },
    { slug: 'housing', name: 'Housing' },
    { slug: 'emerging-markets', name: 'Emerging Markets' },
    { slug: 'sovereign-debt', name: 'Sovereign Debt' },
    { slug: 'climate-finance', name: 'Climate Finance' },
    { slug: 'startups', name: 'Startups' },
    { slug: 'productivity', name: 'Productivity' },
    { slug: 'consumer-spending', name: 'Consumer Spending' },
  ],

  organizations: [
    {
      slug: 'northwire',
      name: 'Northwire News Agency',
      kind: 'NEWS_AGENCY',
      description: 'Wire service with bureaus in London, New York and São Paulo.',
      url: 'https://northwire.example',
    },
    {
      slug: 'pacific-press-service',
      name: 'Pacific Press Service',
      kind: 'NEWS_AGENCY',
      description: 'Asia-focused wire agency headquartered in Singapore.',
      url: 'https://pacificpress.example',
    },
    {
      slug: 'atlas-wire',
      name: 'Atlas Wire Service',
      kind: 'NEWS_AGENCY',
      description: 'Wire agency covering European and African business news.',
      url: 'https://atlaswire.example',
    },
    {
      slug: 'meridian-media-group',
      name: 'Meridian Media Group',
      kind: 'COMPANY',
      description: 'Publisher of The Meridian Finance Review, Circuit Daily and Harbourline World Weekly.',
      url: 'https://meridianmedia.example',
    },
    {
      slug: 'national-reserve-council',
      name: 'National Reserve Council',
      kind: 'GOVERNMENT',
      description: 'The central bank that sets the benchmark interest rate in the demo set’s economy.',
    },
    {
      slug: 'ministry-of-economic-coordination',
      name: 'Ministry of Economic Coordination',
      kind: 'GOVERNMENT',
      description: 'Government department responsible for budget and trade policy.',
    },
    {
      slug: 'digital-markets-commission',
      name: 'Digital Markets Commission',
      kind: 'GOVERNMENT',
      description: 'Regulator overseeing competition and data use by large technology platforms.',
    },
    {
      slug: 'global-trade-forum',
      name: 'Global Trade Forum',
      kind: 'INTERNATIONAL',
      description: 'Intergovernmental body that monitors trade flows and hosts tariff negotiations.',
    },
    {
      slug: 'open-ledger-institute',
      name: 'Open Ledger Institute',
      kind: 'NON_PROFIT',
      description: 'Independent economic research institute.',
      url: 'https://openledger.example',
    },
    {
      slug: 'brightwater-bank',
      name: 'Brightwater Bank',
      kind: 'COMPANY',
      description: 'Mid-sized retail and commercial lender.',
    },
    {
      slug: 'halvorsen-semiconductor',
      name: 'Halvorsen Semiconductor',
      kind: 'COMPANY',
      description: 'Chipmaker specialising in memory and accelerator chips, based in Seoul.',
    },
    {
      slug: 'kestrel-cloud',
      name: 'Kestrel Cloud',
      kind: 'COMPANY',
      description: 'Cloud computing and software provider serving small and mid-sized businesses.',
    },
    {
      slug: 'aurelia-motors',
      name: 'Aurelia Motors',
      kind: 'COMPANY',
      description: 'Electric vehicle maker.',
    },
    {
      slug: 'tidemark-energy',
      name: 'Tidemark Energy',
      kind: 'COMPANY',
      description: 'Power producer focused on solar, wind and geothermal projects in East Africa.',
    },
    {
      slug: 'marrow-pike-capital',
      name: 'Marrow & Pike Capital',
      kind: 'COMPANY',
      description: 'Investment manager and research house.',
    },
    {
      slug: 'quillon-analytics',
      name: 'Quillon Analytics',
      kind: 'COMPANY',
      description: 'Cybersecurity firm that tracks ransomware and fraud campaigns.',
    },
    {
      slug: 'orrin-shipping',
      name: 'Orrin Shipping Lines',
      kind: 'COMPANY',
      description: 'Container shipping and port logistics group based in Singapore.',
    },
  ],

  places: [
    { slug: 'london', name: 'London', kind: 'CITY', countryCode: 'GB' },
    { slug: 'united-kingdom', name: 'United Kingdom', kind: 'COUNTRY', countryCode: 'GB' },
    { slug: 'new-york', name: 'New York', kind: 'CITY', countryCode: 'US' },
    { slug: 'united-states', name: 'United States', kind: 'COUNTRY', countryCode: 'US' },
    { slug: 'singapore', name: 'Singapore', kind: 'COUNTRY', countryCode: 'SG' },
    { slug: 'frankfurt', name: 'Frankfurt', kind: 'CITY', countryCode: 'DE' },
    { slug: 'germany', name: 'Germany', kind: 'COUNTRY', countryCode: 'DE' },
    { slug: 'tokyo', name: 'Tokyo', kind: 'CITY', countryCode: 'JP' },
    { slug: 'japan', name: 'Japan', kind: 'COUNTRY', countryCode: 'JP' },
    { slug: 'seoul', name: 'Seoul', kind: 'CITY', countryCode: 'KR' },
    { slug: 'sao-paulo', name: 'São Paulo', kind: 'CITY', countryCode: 'BR' },
    { slug: 'brazil', name: 'Brazil', kind: 'COUNTRY', countryCode: 'BR' },
    { slug: 'mumbai', name: 'Mumbai', kind: 'CITY', countryCode: 'IN' },
    { slug: 'india', name: 'India', kind: 'COUNTRY', countryCode: 'IN' },
    { slug: 'toronto', name: 'Toronto', kind: 'CITY', countryCode: 'CA' },
    { slug: 'nairobi', name: 'Nairobi', kind: 'CITY', countryCode: 'KE' },
    { slug: 'kenya', name: 'Kenya', kind: 'COUNTRY', countryCode: 'KE' },
    { slug: 'sydney', name: 'Sydney', kind: 'CITY', countryCode: 'AU' },
    { slug: 'rotterdam', name: 'Rotterdam', kind: 'CITY', countryCode: 'NL' },
    { slug: 'european-union', name: 'European Union', kind: 'REGION' },
  ],

  people: [
    // Journalists
    {
      slug: 'ines-calloway',
      name: 'Ines Calloway',
      shortBio: 'Economics correspondent in Northwire’s London bureau, covering central banks and inflation.',
      affiliation: 'northwire',
    },
    {
      slug: 'tomasz-brennan',
      name: 'Tomasz Brennan',
      shortBio: 'Writer on Northwire’s London markets desk who turns bureau reporting into finished stories.',
      affiliation: 'northwire',
    },
    {
      slug: 'grace-ollerenshaw',
      name: 'Grace Ollerenshaw',
      shortBio: 'Northwire markets reporter in New York, covering stocks and corporate earnings.',
      affiliation: 'northwire',
    },
    {
      slug: 'rafael-quintero-vale',
      name: 'Rafael Quintero Vale',
      shortBio: 'Northwire correspondent in São Paulo, reporting on Latin American markets and policy.',
      affiliation: 'northwire',
    },
    {
      slug: 'margit-olander',
      name: 'Margit Olander',
      shortBio: 'Senior editor at Northwire who oversees the agency’s economics and markets file.',
      affiliation: 'northwire',
    },
    {
      slug: 'aiko-tanabe-rhys',
      name: 'Aiko Tanabe-Rhys',
      shortBio: 'Pacific Press Service technology and markets reporter based in Tokyo.',
      affiliation: 'pacific-press-service',
    },
    {
      slug: 'devika-ashworth',
      name: 'Devika Ashworth',
      shortBio: 'Pacific Press Service trade and shipping reporter based in Singapore.',
      affiliation: 'pacific-press-service',
    },
    {
      slug: 'rosalind-teo-haverford',
      name: 'Rosalind Teo-Haverford',
      shortBio: 'Writer on the Pacific Press Service regional desk in Singapore.',
      affiliation: 'pacific-press-service',
    },
    {
      slug: 'lorcan-whitby',
      name: 'Lorcan Whitby',
      shortBio: 'Asia desk editor at Pacific Press Service.',
      affiliation: 'pacific-press-service',
    },
    {
      slug: 'odile-marchetti',
      name: 'Odile Marchetti',
      shortBio: 'Atlas Wire banking and industry correspondent based in Frankfurt.',
      affiliation: 'atlas-wire',
    },
    {
      slug: 'samuel-okonjo-price',
      name: 'Samuel Okonjo-Price',
      shortBio: 'Atlas Wire energy reporter based in Nairobi.',
      affiliation: 'atlas-wire',
    },
    {
      slug: 'freya-lindqvist-hart',
      name: 'Freya Lindqvist-Hart',
      shortBio: 'Atlas Wire writer who assembles multi-bureau stories on European and African business.',
      affiliation: 'atlas-wire',
    },
    {
      slug: 'henrik-saltonstall',
      name: 'Henrik Saltonstall',
      shortBio: 'Duty editor on the Atlas Wire business desk.',
      affiliation: 'atlas-wire',
    },
    {
      slug: 'clara-fenwick-osei',
      name: 'Clara Fenwick-Osei',
      shortBio: 'Personal finance and banking writer for The Meridian Finance Review.',
      affiliation: 'meridian-media-group',
    },
    {
      slug: 'jonah-ablewhite',
      name: 'Jonah Ablewhite',
      shortBio: 'Senior technology writer at Circuit Daily covering AI, cloud and chips.',
      affiliation: 'meridian-media-group',
    },
    {
      slug: 'wen-castellano',
      name: 'Wen Castellano',
      shortBio: 'World economy writer for Harbourline World Weekly.',
      affiliation: 'meridian-media-group',
    },
    {
      slug: 'tobias-reinholt',
      name: 'Tobias Reinholt',
      shortBio: 'Staff photographer for Meridian Media Group’s three titles.',
      affiliation: 'meridian-media-group',
    },
    // People in the news
    {
      slug: 'helena-varga-moss',
      name: 'Helena Varga-Moss',
      shortBio: 'Governor of the National Reserve Council, in the post since 2023.',
      affiliation: 'national-reserve-council',
    },
    {
      slug: 'anselm-drury',
      name: 'Anselm Drury',
      shortBio: 'Deputy governor of the National Reserve Council responsible for financial stability.',
      affiliation: 'national-reserve-council',
    },
    {
      slug: 'aurelio-banfi',
      name: 'Aurelio Banfi',
      shortBio: 'Chief economist at the Open Ledger Institute and a frequent commentator on rates and growth.',
      affiliation: 'open-ledger-institute',
    },
    {
      slug: 'cormac-eldridge',
      name: 'Cormac Eldridge',
      shortBio: 'Minister for Economic Coordination, in charge of the budget and trade negotiations.',
      affiliation: 'ministry-of-economic-coordination',
    },
    {
      slug: 'nadira-solberg',
      name: 'Nadira Solberg',
      shortBio: 'Chair of the Digital Markets Commission and a former competition lawyer.',
      affiliation: 'digital-markets-commission',
    },
    {
      slug: 'ravi-castellan-moore',
      name: 'Ravi Castellan-Moore',
      shortBio: 'Director-general of the Global Trade Forum.',
      affiliation: 'global-trade-forum',
    },
    {
      slug: 'lise-aaberg-cole',
      name: 'Lise Aaberg-Cole',
      shortBio: 'Chief executive of Brightwater Bank since 2022.',
      affiliation: 'brightwater-bank',
    },
    {
      slug: 'margaux-deveraux-lin',
      name: 'Margaux Deveraux-Lin',
      shortBio: 'Chief executive of Halvorsen Semiconductor and previously its head of manufacturing.',
      affiliation: 'halvorsen-semiconductor',
    },
    {
      slug: 'piet-zandvoort',
      name: 'Piet Zandvoort',
      shortBio: 'Co-founder and chief executive of Kestrel Cloud.',
      affiliation: 'kestrel-cloud',
    },
    {
      slug: 'elodie-fairbanks',
      name: 'Elodie Fairbanks',
      shortBio: 'Chief executive of electric carmaker Aurelia Motors.',
      affiliation: 'aurelia-motors',
    },
    {
      slug: 'yusuf-tembo-marsh',
      name: 'Yusuf Tembo-Marsh',
      shortBio: 'Chief executive of Tidemark Energy, a former grid engineer.',
      affiliation: 'tidemark-energy',
    },
    {
      slug: 'benedikt-horvath-lee',
      name: 'Benedikt Horvath-Lee',
      shortBio: 'Chief market strategist at Marrow & Pike Capital.',
      affiliation: 'marrow-pike-capital',
    },
    {
      slug: 'sunniva-okafor-blake',
      name: 'Sunniva Okafor-Blake',
      shortBio: 'Head of threat research at Quillon Analytics.',
      affiliation: 'quillon-analytics',
    },
    {
      slug: 'gustav-penhallow',
      name: 'Gustav Penhallow',
      shortBio: 'Chief executive of Orrin Shipping Lines.',
      affiliation: 'orrin-shipping',
    },
  ],

  promos: [
    {
      key: 'meridian-awards-2026',
      publication: 'meridian-finance-review',
      title: 'Meridian Finance Awards 2026: entries now open',
      url: 'https://meridian-finance.example/awards-2026',
      description: 'Nominate the banks, funds and fintech teams that stood out this year. Entries close in February.',
    },
    {
      key: 'circuit-briefing',
      publication: 'circuit-daily',
      title: 'The Circuit Morning Briefing',
      url: 'https://circuitdaily.example/newsletter',
      description: 'The five technology stories that matter, in your inbox before 7am Eastern.',
    },
    {
      key: 'harbourline-podcast',
      publication: 'harbourline-weekly',
      title: 'Listen: the Harbourline Weekly podcast',
      url: 'https://harbourline.example/podcast',
      description: 'Our correspondents on the week in trade, energy and shipping, in under twenty minutes.',
    },
  ],

  articles: [
    // ───────────────────────────── Finance › Monetary policy ─────────────────────────────
    {
      slug: 'central-bank-holds-rates-steady',
      title: 'Central bank holds rates steady, signals patience on cuts as inflation eases',
      leadImage: {
        url: 'https://images.example.com/lead/central-bank-holds-rates-steady.jpg',
        alt: 'The columned entrance of the National Reserve Council building on a grey morning',
        credit: 'Meridian Media Group',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Reserve Council Keeps Benchmark Rate at 4.25% and Says Cuts Must Wait',
      summary:
        'The National Reserve Council left its benchmark rate unchanged at 4.25% for a fourth straight meeting. Governor Helena Varga-Moss said inflation was moving the right way but not yet fast enough to justify lower borrowing costs.',
      body: [
        {
          type: 'paragraph',
          text: 'The National Reserve Council kept its benchmark interest rate at 4.25% on Thursday, the fourth consecutive meeting without a change, and said it wanted more evidence that price growth was settling before it would consider lowering borrowing costs.',
        },
        {
          type: 'paragraph',
          text: 'Seven of the nine members of the rate-setting committee voted to hold. Two preferred a quarter-point cut, one more dissenter than at the previous meeting in September, a split that investors read as a sign that the first reduction is getting closer.',
        },
        {
          type: 'quote',
          text: 'We have come a long way, and the direction is encouraging. But we would rather be a little late than have to reverse course next year.',
          attribution: 'Helena Varga-Moss, Governor, National Reserve Council',
        },
        {
          type: 'paragraph',
          text: 'Headline inflation slowed to 2.9% in October from 3.2% a month earlier, helped by lower fuel prices. Services inflation, which the council watches closely because it tracks wage growth, remained stuck near 4%.',
        },
        {
          type: 'paragraph',
          text: 'Deputy Governor Anselm Drury told reporters that the committee had discussed a cut at length and that the decision had been closer than the vote suggested. Government bond yields fell after his remarks, with the two-year yield down about six basis points on the day.',
        },
        {
          type: 'paragraph',
          text: 'Aurelio Banfi, chief economist at the Open Ledger Institute, said the council was likely to move in the first quarter if wage settlements continued to cool. He cautioned that a weaker currency could push import prices up again and delay any easing.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-11-06T12:05:00+00:00',
      updatedAt: '2026-11-06T15:30:00+00:00',
      publication: 'meridian-finance-review',
      category: 'monetary-policy',
      dateline: { place: 'london', agency: 'northwire' },
      promo: 'meridian-awards-2026',
      credits: [
        { person: 'ines-calloway', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'helena-varga-moss', role: 'SUBJECT' },
          { slug: 'anselm-drury', role: 'QUOTED' },
          { slug: 'aurelio-banfi', role: 'QUOTED' },
        ],
        organizations: [
          { slug: 'national-reserve-council', role: 'SUBJECT' },
          { slug: 'open-ledger-institute', role: 'MENTIONED' },
        ],
        places: [{ slug: 'london', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'The benchmark rate stays at 4.25% for a fourth meeting in a row.',
        'Two of nine committee members voted for an immediate quarter-point cut.',
        'Headline inflation fell to 2.9% in October, but services inflation is near 4%.',
        'Short-dated bond yields fell as investors brought forward bets on a cut.',
        'Economists now see the first reduction arriving in the first quarter.',
      ],
      faq: [
        {
          question: 'What is a benchmark interest rate?',
          answer:
            'It is the rate a central bank charges or pays on its own lending and deposits. Banks price mortgages, loans and savings accounts off it, so a change ripples through the whole economy.',
        },
        {
          question: 'Why does the council care so much about services inflation?',
          answer:
            'Prices for services such as haircuts, restaurants and repairs depend heavily on wages. If they keep rising quickly, it suggests inflation pressure is coming from within the economy rather than from temporary factors like fuel.',
        },
        {
          question: 'What does a split vote tell investors?',
          answer:
            'When more members vote for a change than before, it usually means the committee as a whole is moving in that direction, so markets treat it as an early signal of the next decision.',
        },
      ],
      tags: ['interest-rates', 'inflation', 'central-banks', 'bonds'],
      related: [
        'reserve-council-minutes-show-split-on-rate-path',
        'inflation-eases-for-third-straight-month',
        'what-a-rate-pause-means-for-mortgage-holders',
      ],
    },
    {
      slug: 'reserve-council-minutes-show-split-on-rate-path',
      title: 'Reserve Council minutes show policymakers split over timing of first cut',
      leadImage: {
        url: 'https://images.example.com/lead/reserve-council-minutes-show-split-on-rate-path.jpg',
        alt: 'A long boardroom table with name cards and water glasses before a policy meeting',
        credit: 'Meridian Media Group',
        width: 2000,
        height: 1125,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Rate-Setters Divided: Minutes Reveal Debate Over When to Ease',
      summary:
        'Minutes of the National Reserve Council’s September meeting show a growing minority arguing that rates are restrictive enough. The majority still wants to see wage growth slow further.',
      body: [
        {
          type: 'paragraph',
          text: 'Policymakers at the National Reserve Council were more divided than their public statements suggested when they held rates in September, according to minutes of the meeting published on Thursday.',
        },
        {
          type: 'paragraph',
          text: 'Several members argued that keeping the benchmark rate at 4.25% risked doing unnecessary damage to hiring and investment, given that inflation had already fallen by more than half from its peak. The majority countered that pay growth was still too strong to be consistent with the inflation target.',
        },
        {
          type: 'heading',
          text: 'What the majority wants to see',
          level: 2,
        },
        {
          type: 'list',
          ordered: false,
          items: [
            'Annual wage growth falling below 4% for at least two months.',
            'Services inflation turning lower rather than moving sideways.',
            'Business surveys showing firms planning smaller price increases.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Governor Helena Varga-Moss was recorded as saying that the committee should not pre-commit to any date. Deputy Governor Anselm Drury, who oversees financial stability, noted that commercial property lenders were showing early signs of strain from higher borrowing costs.',
        },
        {
          type: 'paragraph',
          text: 'Traders in interest rate futures added modestly to bets on a cut early next year after the release. The council’s next decision is due in early November.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-09-24T13:10:00+01:00',
      publication: 'meridian-finance-review',
      category: 'monetary-policy',
      dateline: { place: 'london', agency: 'northwire' },
      credits: [
        { person: 'ines-calloway', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'helena-varga-moss', role: 'MENTIONED' },
          { slug: 'anselm-drury', role: 'MENTIONED' },
        ],
        organizations: [{ slug: 'national-reserve-council', role: 'SUBJECT' }],
        places: [{ slug: 'london', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'A growing minority of rate-setters thinks policy is already tight enough.',
        'The majority wants wage growth and services inflation to slow first.',
        'Futures markets added to bets on a cut early next year.',
      ],
      faq: [
        {
          question: 'What are central bank minutes?',
          answer:
            'They are a written record of a policy meeting, released a few weeks later, that sets out the arguments members made without always naming who made them.',
        },
        {
          question: 'When is the next rate decision?',
          answer: 'The National Reserve Council meets again in early November.',
        },
      ],
      tags: ['interest-rates', 'central-banks', 'inflation'],
      related: ['central-bank-holds-rates-steady'],
    },
    {
      slug: 'inflation-eases-for-third-straight-month',
      previousSlugs: ['inflation-slows-for-third-month'],
      title: 'Inflation eases for third straight month as fuel and food costs cool',
      leadImage: {
        url: 'https://images.example.com/lead/inflation-eases-for-third-straight-month.jpg',
        alt: 'Price labels on fruit and vegetables at an indoor market stall',
        credit: 'Atlas Wire',
        width: 1200,
        height: 800,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Consumer Prices Rise 3.1% in July, Slowest Pace in Two Years',
      summary:
        'Annual consumer price inflation slowed to 3.1% in July, the third monthly decline in a row. Cheaper petrol and smaller increases in grocery prices did most of the work.',
      body: [
        {
          type: 'paragraph',
          text: 'Consumer price inflation slowed to 3.1% in July from 3.4% in June, official figures showed on Wednesday, marking the third consecutive monthly decline and the lowest reading in two years.',
        },
        {
          type: 'paragraph',
          text: 'Petrol prices fell for a second month, while food inflation dropped to its weakest rate since early 2022 as supermarkets competed harder on staples such as bread, dairy and cooking oil. Clothing prices also rose less than usual during the summer sales.',
        },
        {
          type: 'paragraph',
          text: 'Core inflation, which strips out energy, food, alcohol and tobacco, edged down to 3.6%. Economists said the figures strengthened the case that price pressures were fading, although rents and insurance premiums continued to climb quickly.',
        },
        {
          type: 'quote',
          text: 'The easy part of disinflation is behind us. The question now is whether services prices follow goods prices down, and that depends on pay.',
          attribution: 'Aurelio Banfi, Chief Economist, Open Ledger Institute',
        },
        {
          type: 'paragraph',
          text: 'The National Reserve Council has kept its policy rate on hold since the spring. Governor Helena Varga-Moss said in June that the committee would need to see a sustained fall in services inflation before lowering rates. Separate data last week showed regular pay growth slowing to 4.4%.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-08-12T07:30:00+01:00',
      updatedAt: '2026-08-12T11:45:00+01:00',
      publication: 'meridian-finance-review',
      category: 'monetary-policy',
      dateline: { place: 'london', agency: 'northwire' },
      credits: [
        { person: 'ines-calloway', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'aurelio-banfi', role: 'QUOTED' },
          { slug: 'helena-varga-moss', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'national-reserve-council', role: 'MENTIONED' },
          { slug: 'open-ledger-institute', role: 'MENTIONED' },
        ],
        places: [
          { slug: 'london', role: 'MENTIONED' },
          { slug: 'united-kingdom', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'Annual inflation fell to 3.1% in July, the lowest in two years.',
        'Cheaper petrol and slower food price growth drove the decline.',
        'Core inflation eased to 3.6%, but rents and insurance are still rising fast.',
        'Regular pay growth has slowed to 4.4%.',
      ],
      faq: [
        {
          question: 'What is core inflation?',
          answer:
            'It is inflation excluding volatile items such as energy and food. Policymakers use it to judge the underlying trend in prices.',
        },
        {
          question: 'Does lower inflation mean prices are falling?',
          answer: 'No. It means prices are still rising, only more slowly than before. Prices fall only when inflation turns negative.',
        },
      ],
      tags: ['inflation', 'interest-rates', 'consumer-spending', 'labour-market'],
      related: ['central-bank-holds-rates-steady', 'household-savings-rate-falls-to-five-year-low'],
    },
    {
      slug: 'what-a-rate-pause-means-for-mortgage-holders',
      title: 'What the rate pause means for mortgage holders and savers',
      leadImage: {
        url: 'https://images.example.com/lead/what-a-rate-pause-means-for-mortgage-holders.jpg',
        alt: 'A row of terraced houses with estate agent signs outside two of them',
        credit: 'Meridian Media Group',
        width: 2400,
        height: 1600,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Fixed, Tracker or Wait? A Guide to Borrowing While Rates Are on Hold',
      summary:
        'With the benchmark rate on hold again, lenders have started trimming fixed mortgage rates ahead of an expected cut. We explain what that means for people remortgaging and for savers.',
      body: [
        {
          type: 'paragraph',
          text: 'The National Reserve Council’s decision to hold its benchmark rate at 4.25% last week changes little for most households in the short term. But the way lenders price their products is already shifting, because they set fixed rates according to where they expect borrowing costs to go, not where they are today.',
        },
        {
          type: 'heading',
          text: 'If you are remortgaging',
          level: 2,
        },
        {
          type: 'paragraph',
          text: 'Several large lenders have cut two- and five-year fixed rates by between 0.1 and 0.3 percentage points since September. Brokers say borrowers whose deals end in the next six months can usually lock in an offer now and switch to a cheaper one if rates fall before completion.',
        },
        {
          type: 'list',
          ordered: true,
          items: [
            'Check when your current deal ends and what your lender’s standard rate would be.',
            'Compare fixed and tracker products, including arrangement fees.',
            'Ask whether an offer can be swapped for a lower rate before it completes.',
          ],
        },
        {
          type: 'heading',
          text: 'If you are saving',
          level: 2,
        },
        {
          type: 'paragraph',
          text: 'Easy-access savings rates tend to fall quickly once a cut arrives. Aurelio Banfi of the Open Ledger Institute said savers who do not need immediate access to their money might consider fixing for a year while top rates remain above 4%.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-11-08T08:00:00+00:00',
      publication: 'meridian-finance-review',
      category: 'monetary-policy',
      credits: [
        { person: 'clara-fenwick-osei', role: 'AUTHOR' },
        { person: 'tobias-reinholt', role: 'PHOTOGRAPHY' },
      ],
      mentions: {
        people: [
          { slug: 'aurelio-banfi', role: 'QUOTED' },
          { slug: 'helena-varga-moss', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'national-reserve-council', role: 'MENTIONED' },
          { slug: 'open-ledger-institute', role: 'MENTIONED' },
        ],
        places: [{ slug: 'united-kingdom', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Lenders price fixed mortgages on expected, not current, rates.',
        'Fixed deals have already become slightly cheaper since September.',
        'Borrowers can often secure an offer now and switch if rates fall.',
        'Savers may want to lock in fixed-term rates before cuts arrive.',
      ],
      faq: [
        {
          question: 'Should I choose a fixed or a tracker mortgage?',
          answer:
            'A fixed rate gives certainty over payments; a tracker moves with the benchmark rate and benefits sooner from cuts but also rises if rates go up. The right choice depends on how much payment risk you can absorb.',
        },
        {
          question: 'How quickly do savings rates fall after a cut?',
          answer: 'Variable savings rates often fall within weeks of a cut. Fixed-term accounts keep their rate until the term ends.',
        },
        {
          question: 'Is this article financial advice?',
          answer: 'No. It is general information; speak to a regulated adviser about your own circumstances.',
        },
      ],
      tags: ['interest-rates', 'housing', 'central-banks'],
      related: ['central-bank-holds-rates-steady'],
    },
    {
      slug: 'reserve-council-signals-end-of-tightening-cycle',
      title: 'Reserve Council signals end of tightening cycle after holding at 4.75%',
      leadImage: {
        url: 'https://images.example.com/lead/reserve-council-signals-end-of-tightening-cycle.jpg',
        alt: 'Reporters waiting with cameras outside the central bank after a rate decision',
        credit: 'Atlas Wire',
        width: 1920,
        height: 1080,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Rate Peak Reached? Central Bank Drops Bias Toward Further Hikes',
      summary:
        'The National Reserve Council held its policy rate at 4.75% and removed language suggesting more increases might be needed. Markets took it as confirmation that rates have peaked.',
      body: [
        {
          type: 'paragraph',
          text: 'The National Reserve Council kept its benchmark rate at 4.75% on Thursday and dropped a long-standing line from its statement warning that further increases might be required, a change investors interpreted as the end of its most aggressive tightening campaign in a generation.',
        },
        {
          type: 'paragraph',
          text: 'Governor Helena Varga-Moss said the committee believed policy was now restrictive enough to bring inflation back to target over the next two years, but stressed that talk of cuts was premature.',
        },
        {
          type: 'quote',
          text: 'Removing a bias is not the same as adopting a new one. We will hold for as long as the data require.',
          attribution: 'Helena Varga-Moss, Governor, National Reserve Council',
        },
        {
          type: 'paragraph',
          text: 'The currency weakened slightly after the announcement and government bond prices rose. Benedikt Horvath-Lee, chief market strategist at Marrow & Pike Capital, said the statement was more dovish than expected and that markets would now focus on the timing of the first reduction.',
        },
        {
          type: 'paragraph',
          text: 'Inflation stood at 4.6% in December, down from a peak above 9% the previous year. The council raised rates eleven times between early 2022 and the middle of last year.',
        },
      ],
      status: 'ARCHIVED',
      publishedAt: '2024-02-08T12:00:00+00:00',
      publication: 'meridian-finance-review',
      category: 'monetary-policy',
      dateline: { place: 'london', agency: 'northwire' },
      credits: [
        { person: 'ines-calloway', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'helena-varga-moss', role: 'SUBJECT' },
          { slug: 'benedikt-horvath-lee', role: 'QUOTED' },
        ],
        organizations: [
          { slug: 'national-reserve-council', role: 'SUBJECT' },
          { slug: 'marrow-pike-capital', role: 'MENTIONED' },
        ],
        places: [{ slug: 'london', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'The policy rate was held at 4.75%.',
        'The council removed its warning that more increases might be needed.',
        'The governor said it was too early to discuss cuts.',
      ],
      faq: [
        {
          question: 'What is a tightening cycle?',
          answer: 'A period in which a central bank raises interest rates repeatedly to slow demand and bring down inflation.',
        },
        {
          question: 'Why is this article archived?',
          answer: 'It reports an earlier stage of the rate cycle and has been superseded by later coverage.',
        },
      ],
      tags: ['interest-rates', 'central-banks', 'inflation'],
      related: ['central-bank-holds-rates-steady'],
    },
    // ───────────────────────────── Finance › Banking ─────────────────────────────
    {
      slug: 'brightwater-bank-profit-rises-on-lending-margins',
      title: 'Brightwater Bank profit rises 18% as lending margins hold up',
      leadImage: {
        url: 'https://images.example.com/lead/brightwater-bank-profit-rises-on-lending-margins.jpg',
        alt: 'The illuminated Brightwater Bank sign above its head office doors',
        credit: 'Tobias Reinholt / Meridian Media Group',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Brightwater Beats Forecasts and Lifts Dividend on Stronger Net Interest Income',
      summary:
        'Brightwater Bank reported an 18% rise in first-half profit, helped by wider lending margins and fewer bad loans than feared. It raised its interim dividend and announced a share buyback.',
      body: [
        {
          type: 'paragraph',
          text: 'Brightwater Bank said on Wednesday that pre-tax profit for the first half rose 18% from a year earlier, beating analyst forecasts, as the gap between what it earns on loans and pays on deposits stayed wider than expected.',
        },
        {
          type: 'paragraph',
          text: 'Net interest income climbed 9%, while charges for loans that may not be repaid fell by a quarter. The lender raised its interim dividend by 12% and said it would buy back up to 300 million in shares over the rest of the year.',
        },
        {
          type: 'quote',
          text: 'Our customers are coping better with higher rates than many people predicted, and we are seeing early signs that mortgage demand is recovering.',
          attribution: 'Lise Aaberg-Cole, Chief Executive, Brightwater Bank',
        },
        {
          type: 'paragraph',
          text: 'Chief executive Lise Aaberg-Cole said the bank expected margins to narrow slightly once the National Reserve Council begins cutting rates, but that higher lending volumes should offset much of the effect. She kept the full-year guidance unchanged.',
        },
        {
          type: 'image',
          url: 'https://images.example.com/brightwater-branch-exterior.jpg',
          alt: 'The glass frontage of a Brightwater Bank branch on a busy high street',
          caption: 'Brightwater has closed a fifth of its branches over three years while expanding its app.',
          credit: 'Tobias Reinholt / Meridian Media Group',
        },
        {
          type: 'paragraph',
          text: 'Shares in the bank rose almost 5% in early trading. Analysts noted that the bank’s cost-to-income ratio improved after it closed dozens of branches and moved more customers onto its mobile app.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-07-29T06:45:00+01:00',
      publication: 'meridian-finance-review',
      category: 'banking',
      dateline: { place: 'frankfurt', agency: 'atlas-wire' },
      promo: 'meridian-awards-2026',
      credits: [
        { person: 'odile-marchetti', role: 'REPORTING' },
        { person: 'freya-lindqvist-hart', role: 'WRITING' },
        { person: 'henrik-saltonstall', role: 'EDITING' },
        { person: 'tobias-reinholt', role: 'PHOTOGRAPHY' },
      ],
      mentions: {
        people: [{ slug: 'lise-aaberg-cole', role: 'QUOTED' }],
        organizations: [
          { slug: 'brightwater-bank', role: 'SUBJECT' },
          { slug: 'national-reserve-council', role: 'MENTIONED' },
        ],
        places: [{ slug: 'frankfurt', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'First-half pre-tax profit rose 18%, ahead of forecasts.',
        'Net interest income grew 9% and bad-loan charges fell by a quarter.',
        'The interim dividend rises 12% alongside a new share buyback.',
        'Full-year guidance is unchanged despite expected rate cuts.',
      ],
      faq: [
        {
          question: 'What is net interest income?',
          answer:
            'The difference between the interest a bank earns on its loans and the interest it pays to depositors and other lenders. It is the main source of income for most retail banks.',
        },
        {
          question: 'Why would rate cuts hurt bank margins?',
          answer: 'Loan rates usually fall faster than deposit rates when central banks cut, squeezing the spread a bank earns.',
        },
      ],
      tags: ['earnings', 'banking-regulation', 'interest-rates'],
      related: ['regulators-propose-tougher-capital-rules-for-midsize-banks'],
    },
    {
      slug: 'regulators-propose-tougher-capital-rules-for-midsize-banks',
      title: 'Regulators propose tougher capital rules for mid-sized banks',
      leadImage: {
        url: 'https://images.example.com/lead/regulators-propose-tougher-capital-rules-for-midsize-banks.jpg',
        alt: 'A stack of printed regulatory consultation papers on a desk',
        credit: 'Meridian Media Group',
        width: 2000,
        height: 1125,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Mid-Tier Lenders Face Higher Capital Buffers Under New Proposal',
      summary:
        'The National Reserve Council has proposed making mid-sized lenders hold more capital and run regular stress tests. Banks say the rules could reduce lending to small firms.',
      body: [
        {
          type: 'paragraph',
          text: 'Banks with balance sheets between 20 billion and 100 billion would have to hold more loss-absorbing capital and publish the results of annual stress tests under proposals set out by the National Reserve Council on Wednesday.',
        },
        {
          type: 'paragraph',
          text: 'The plan would close what supervisors describe as a gap between the largest banks, which already face the toughest requirements, and smaller lenders that have grown quickly in recent years by taking deposits online.',
        },
        {
          type: 'heading',
          text: 'Main elements of the proposal',
          level: 3,
        },
        {
          type: 'list',
          ordered: false,
          items: [
            'A new capital buffer of up to 1.5% of risk-weighted assets.',
            'Annual stress tests with results published for each bank.',
            'Stricter limits on reliance on large, uninsured deposits.',
            'A three-year transition period starting in 2027.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Deputy Governor Anselm Drury said the changes would make it less likely that a fast-growing lender could run into trouble without supervisors noticing. Industry groups argued the cost would be passed on to small businesses through higher loan rates.',
        },
        {
          type: 'paragraph',
          text: 'Brightwater Bank, which would fall within the new tier, said it already held capital above the proposed level. Chief executive Lise Aaberg-Cole said the bank would respond to the consultation, which runs until January.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-10-15T10:20:00+01:00',
      updatedAt: '2025-10-16T09:00:00+01:00',
      publication: 'meridian-finance-review',
      category: 'banking',
      dateline: { place: 'london' },
      credits: [{ person: 'clara-fenwick-osei', role: 'AUTHOR' }],
      mentions: {
        people: [
          { slug: 'anselm-drury', role: 'QUOTED' },
          { slug: 'lise-aaberg-cole', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'national-reserve-council', role: 'SUBJECT' },
          { slug: 'brightwater-bank', role: 'MENTIONED' },
        ],
        places: [{ slug: 'london', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Mid-sized banks would need an extra capital buffer of up to 1.5%.',
        'Annual stress test results would be published bank by bank.',
        'The industry warns lending to small businesses could become dearer.',
        'The consultation runs until January with a transition from 2027.',
      ],
      faq: [
        {
          question: 'What is a stress test?',
          answer:
            'An exercise in which a bank’s finances are modelled under a severe hypothetical downturn to check that it would still have enough capital to keep operating.',
        },
        {
          question: 'Which banks are affected?',
          answer: 'Lenders with total assets between roughly 20 billion and 100 billion.',
        },
      ],
      tags: ['banking-regulation', 'central-banks'],
      related: ['brightwater-bank-profit-rises-on-lending-margins'],
    },
    {
      slug: 'fintech-lenders-face-funding-squeeze',
      title: 'Fintech lenders face funding squeeze as investors demand profits',
      leadImage: {
        url: 'https://images.example.com/lead/fintech-lenders-face-funding-squeeze.jpg',
        alt: 'A smartphone showing a loan application screen held above a coffee table',
        credit: 'Meridian Media Group',
        width: 1200,
        height: 800,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Higher Rates Force Online Lenders to Choose Between Growth and Survival',
      summary:
        'Online lenders that grew on cheap funding are cutting staff and tightening credit as investors lose patience. Some are seeking bank partners or buyers.',
      body: [
        {
          type: 'paragraph',
          text: 'For most of the last decade, app-based lenders could count on a steady supply of investor money to fund rapid growth. Two years of higher interest rates have changed that, and the sector is now consolidating.',
        },
        {
          type: 'paragraph',
          text: 'Funding rounds for consumer and small-business lending startups fell by about 40% last year, according to figures compiled by Marrow & Pike Capital. Several firms have cut their workforces and tightened approval criteria to preserve cash.',
        },
        {
          type: 'quote',
          text: 'Investors are no longer paying for loan growth. They want to see that a lender can price risk properly and make money through a full credit cycle.',
          attribution: 'Benedikt Horvath-Lee, Chief Market Strategist, Marrow & Pike Capital',
        },
        {
          type: 'paragraph',
          text: 'Some lenders have responded by partnering with established banks, which can fund loans with cheaper deposits. Brightwater Bank said last month that it was in talks with several fintech firms about supplying funding in exchange for access to their customers and underwriting technology.',
        },
        {
          type: 'image',
          url: 'https://images.example.com/fintech-office-empty-desks.jpg',
          alt: 'Rows of empty desks in an open-plan office',
          caption: 'A lending startup’s office after a round of job cuts earlier this year.',
          credit: 'Tobias Reinholt / Meridian Media Group',
        },
        {
          type: 'paragraph',
          text: 'Founders say the shift has a positive side: loans made now are being underwritten more carefully, which should mean lower losses if the economy slows.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-03-20T09:00:00+00:00',
      publication: 'meridian-finance-review',
      category: 'banking',
      credits: [
        { person: 'clara-fenwick-osei', role: 'AUTHOR' },
        { person: 'tobias-reinholt', role: 'PHOTOGRAPHY' },
      ],
      mentions: {
        people: [{ slug: 'benedikt-horvath-lee', role: 'QUOTED' }],
        organizations: [
          { slug: 'marrow-pike-capital', role: 'MENTIONED' },
          { slug: 'brightwater-bank', role: 'MENTIONED' },
        ],
        places: [{ slug: 'united-kingdom', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Funding for lending startups fell about 40% last year.',
        'Many online lenders are cutting staff and tightening credit.',
        'Partnerships with deposit-funded banks are becoming common.',
      ],
      faq: [
        {
          question: 'Why do higher rates hurt fintech lenders more than banks?',
          answer:
            'Banks fund loans largely with customer deposits, which are relatively cheap. Many fintech lenders rely on investors and wholesale markets, whose costs rise directly with interest rates.',
        },
        {
          question: 'Are loans from these lenders riskier for borrowers?',
          answer:
            'Not necessarily. Borrowers should compare the total cost of credit and check that the lender is authorised by the relevant regulator.',
        },
      ],
      tags: ['fintech', 'startups', 'interest-rates'],
      related: ['startups-shift-to-profitability-as-venture-funding-tightens'],
    },
    {
      slug: 'brightwater-bank-restores-services-after-outage',
      title: 'Brightwater Bank restores app and card services after day-long outage',
      leadImage: {
        url: 'https://images.example.com/lead/brightwater-bank-restores-services-after-outage.jpg',
        alt: 'A customer looking at a cash machine screen that shows an out-of-service notice',
        credit: 'Tobias Reinholt / Meridian Media Group',
        width: 2400,
        height: 1600,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Brightwater Outage: What Went Wrong and What Customers Can Claim',
      summary:
        'Brightwater Bank said its app and card payments were working again after a disruption that lasted most of Tuesday. The bank ruled out a cyberattack and blamed a faulty software update.',
      body: [
        {
          type: 'paragraph',
          text: 'Brightwater Bank said late on Tuesday that its mobile app, online banking and debit card payments had been fully restored after an outage that left many customers unable to pay for goods or see their balances for around fourteen hours.',
        },
        {
          type: 'paragraph',
          text: 'The bank said the problem was caused by a software update to its payment processing system and that there was no evidence of a cyberattack or of customer data being accessed. It apologised and said it would cover any fees or charges incurred as a result.',
        },
        {
          type: 'quote',
          text: 'This should not have happened and I am sorry. We will publish a full account of the cause once our review is complete.',
          attribution: 'Lise Aaberg-Cole, Chief Executive, Brightwater Bank',
        },
        {
          type: 'paragraph',
          text: 'Sunniva Okafor-Blake, head of threat research at security firm Quillon Analytics, said outages of this kind were frequently mistaken for attacks in their early hours, which could fuel phishing attempts. She urged customers to ignore messages asking them to confirm card details.',
        },
        {
          type: 'paragraph',
          text: 'The National Reserve Council, which supervises the bank, said it was in contact with management and would examine the incident as part of its work on operational resilience.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-03-12T21:30:00+00:00',
      publication: 'meridian-finance-review',
      category: 'banking',
      dateline: { place: 'london', agency: 'northwire' },
      credits: [
        { person: 'ines-calloway', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'lise-aaberg-cole', role: 'QUOTED' },
          { slug: 'sunniva-okafor-blake', role: 'QUOTED' },
        ],
        organizations: [
          { slug: 'brightwater-bank', role: 'SUBJECT' },
          { slug: 'quillon-analytics', role: 'MENTIONED' },
          { slug: 'national-reserve-council', role: 'MENTIONED' },
        ],
        places: [{ slug: 'london', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'App, online banking and card payments were down for about fourteen hours.',
        'The bank blamed a faulty software update, not a cyberattack.',
        'Customers will be reimbursed for any resulting fees.',
        'The central bank is reviewing the incident.',
      ],
      faq: [
        {
          question: 'Can I claim compensation for the outage?',
          answer:
            'The bank says it will refund fees and charges caused by the disruption. Customers with other losses can raise a complaint directly with the bank.',
        },
        {
          question: 'Was my data exposed?',
          answer: 'The bank says there is no evidence that any customer data was accessed.',
        },
      ],
      tags: ['cyberattacks', 'banking-regulation', 'fintech'],
      related: ['banks-turn-to-ai-to-fight-payment-fraud'],
    },
    // ───────────────────────────── Finance › Markets ─────────────────────────────
    {
      slug: 'global-bond-yields-climb-as-investors-reprice-rate-outlook',
      title: 'Bond yields climb as investors push back expected timing of rate cuts',
      leadImage: {
        url: 'https://images.example.com/lead/global-bond-yields-climb-as-investors-reprice-rate-outlook.jpg',
        alt: 'Traders watching screens of bond prices on a dealing floor',
        credit: 'Atlas Wire',
        width: 1920,
        height: 1080,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Government Borrowing Costs Hit Three-Month High on Sticky Inflation Fears',
      summary:
        'Government bond yields rose to their highest in three months as traders scaled back bets on early rate cuts. Longer-dated debt was hit hardest.',
      body: [
        {
          type: 'paragraph',
          text: 'Yields on government bonds rose for a fifth straight session on Thursday as investors reassessed how soon central banks would be willing to lower interest rates, pushing the ten-year yield to its highest level since early October.',
        },
        {
          type: 'paragraph',
          text: 'The move followed stronger-than-expected retail sales and a survey showing that businesses planned to raise prices more quickly in the coming months. Markets now price the first cut by the National Reserve Council in June, compared with March a week ago.',
        },
        {
          type: 'quote',
          text: 'The market got ahead of itself in December. What we are seeing now is a correction toward what central bankers have actually been saying.',
          attribution: 'Benedikt Horvath-Lee, Chief Market Strategist, Marrow & Pike Capital',
        },
        {
          type: 'paragraph',
          text: 'Longer-dated bonds sold off most sharply, steepening the yield curve. Strategists said heavy government borrowing plans for the year were adding to the pressure, as investors demanded a higher return to absorb a record supply of new debt.',
        },
        {
          type: 'paragraph',
          text: 'Higher yields feed quickly into borrowing costs for companies and households. Mortgage lenders have begun to withdraw some of their cheapest fixed-rate deals, brokers said.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-01-09T08:40:00+00:00',
      publication: 'meridian-finance-review',
      category: 'markets',
      dateline: { place: 'london', agency: 'northwire' },
      credits: [
        { person: 'tomasz-brennan', role: 'REPORTING' },
        { person: 'ines-calloway', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'benedikt-horvath-lee', role: 'QUOTED' },
          { slug: 'helena-varga-moss', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'marrow-pike-capital', role: 'MENTIONED' },
          { slug: 'national-reserve-council', role: 'MENTIONED' },
        ],
        places: [{ slug: 'london', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Ten-year yields reached a three-month high.',
        'Traders now expect the first rate cut in June rather than March.',
        'Heavy government borrowing is adding to pressure on long-dated bonds.',
      ],
      faq: [
        {
          question: 'Why do bond yields rise when rate cuts are pushed back?',
          answer:
            'Bond yields reflect expected interest rates over the life of the bond. If rates are expected to stay high for longer, investors demand higher yields on new and existing bonds.',
        },
        {
          question: 'What is a steepening yield curve?',
          answer: 'It means long-term yields are rising faster than short-term ones, widening the gap between them.',
        },
      ],
      tags: ['bonds', 'interest-rates', 'sovereign-debt'],
      related: ['reserve-council-signals-end-of-tightening-cycle'],
    },
    {
      slug: 'chip-stocks-lead-broad-market-rally',
      title: 'Chip stocks lead broad market rally after strong AI spending outlook',
      leadImage: {
        url: 'https://images.example.com/lead/chip-stocks-lead-broad-market-rally.jpg',
        alt: 'A stock exchange ticker board with rising share prices shown in green',
        credit: 'Atlas Wire',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Semiconductor Shares Surge as Cloud Giants Signal Bigger Data Centre Budgets',
      summary:
        'Stock markets rose to a record close, led by semiconductor makers, after several large cloud providers said they would increase spending on AI data centres.',
      body: [
        {
          type: 'paragraph',
          text: 'Stocks closed at a record on Thursday, led by a rally in chipmakers after cloud computing companies told investors they planned to spend more than expected on the data centres used to train and run artificial intelligence models.',
        },
        {
          type: 'paragraph',
          text: 'An index of semiconductor shares jumped 4.2%, its biggest one-day gain in three months. Halvorsen Semiconductor, whose memory chips are used in AI servers, rose 7% after analysts raised their price targets.',
        },
        {
          type: 'paragraph',
          text: 'The broader market gained 1.1%, with technology and industrial shares making the largest contributions. Defensive sectors such as utilities and consumer staples lagged as investors moved into growth stocks.',
        },
        {
          type: 'quote',
          text: 'The spending numbers removed the biggest worry hanging over the sector, which was that the AI build-out would slow this year. Valuations are stretched, but earnings are keeping up.',
          attribution: 'Benedikt Horvath-Lee, Chief Market Strategist, Marrow & Pike Capital',
        },
        {
          type: 'paragraph',
          text: 'Some investors warned that the gains were concentrated in a small number of companies. Halvorsen chief executive Margaux Deveraux-Lin said last month that orders were booked well into next year but that supply of advanced packaging remained tight.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-05-21T21:15:00+01:00',
      publication: 'meridian-finance-review',
      category: 'equities',
      dateline: { place: 'new-york', agency: 'northwire' },
      credits: [
        { person: 'grace-ollerenshaw', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'benedikt-horvath-lee', role: 'QUOTED' },
          { slug: 'margaux-deveraux-lin', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'halvorsen-semiconductor', role: 'SUBJECT' },
          { slug: 'marrow-pike-capital', role: 'MENTIONED' },
        ],
        places: [
          { slug: 'new-york', role: 'MENTIONED' },
          { slug: 'united-states', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'Stocks closed at a record led by semiconductor makers.',
        'The chip index gained 4.2%, its best day in three months.',
        'Halvorsen Semiconductor rose 7% on raised price targets.',
        'Investors warn the rally is concentrated in a few companies.',
      ],
      faq: [
        {
          question: 'Why do cloud companies’ budgets move chip stocks?',
          answer:
            'Cloud providers are among the largest buyers of processors and memory for data centres, so their spending plans are a direct guide to chipmakers’ future sales.',
        },
        {
          question: 'What does a concentrated rally mean?',
          answer:
            'It means a large share of an index’s gains comes from a handful of stocks, which can make the market more vulnerable if those companies disappoint.',
        },
      ],
      tags: ['stock-markets', 'chips', 'ai', 'earnings'],
      related: ['halvorsen-semiconductor-raises-forecast-on-ai-chip-demand', 'chipmakers-race-to-secure-advanced-packaging-capacity'],
    },
    {
      slug: 'aurelia-motors-shares-slide-after-delivery-miss',
      title: 'Aurelia Motors shares slide after quarterly deliveries fall short',
      leadImage: {
        url: 'https://images.example.com/lead/aurelia-motors-shares-slide-after-delivery-miss.jpg',
        alt: 'New cars parked in rows at a delivery centre awaiting collection',
        credit: 'Atlas Wire',
        width: 2000,
        height: 1125,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'EV Maker Aurelia Misses Delivery Target, Blames Battery Supply Delays',
      summary:
        'Shares in electric carmaker Aurelia Motors fell 11% after it delivered fewer vehicles than expected in the second quarter. The company blamed a shortage of battery cells.',
      body: [
        {
          type: 'paragraph',
          text: 'Aurelia Motors shares fell 11% on Thursday after the electric vehicle maker said it delivered 48,200 cars in the April to June quarter, well short of the roughly 55,000 analysts had expected.',
        },
        {
          type: 'paragraph',
          text: 'The company said a supplier had been unable to provide enough battery cells for its mid-sized saloon, forcing it to idle one production line for three weeks in May. It said supply had returned to normal in June.',
        },
        {
          type: 'quote',
          text: 'Demand is not our problem. We ended the quarter with the largest order backlog in our history, and we are fixing the supply side.',
          attribution: 'Elodie Fairbanks, Chief Executive, Aurelia Motors',
        },
        {
          type: 'paragraph',
          text: 'Chief executive Elodie Fairbanks said the company still aimed to deliver 220,000 vehicles this year, but analysts said that would require a sharp acceleration in the second half. Several brokers cut their forecasts.',
        },
        {
          type: 'paragraph',
          text: 'The shortfall adds to pressure on Aurelia as competition in the electric car market intensifies and price cuts by rivals squeeze margins. The company is due to publish full quarterly results later this month.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-07-03T18:05:00+01:00',
      publication: 'meridian-finance-review',
      category: 'equities',
      dateline: { place: 'new-york', agency: 'northwire' },
      credits: [
        { person: 'grace-ollerenshaw', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'elodie-fairbanks', role: 'QUOTED' }],
        organizations: [{ slug: 'aurelia-motors', role: 'SUBJECT' }],
        places: [{ slug: 'new-york', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Second-quarter deliveries were 48,200, against expectations of about 55,000.',
        'A battery cell shortage idled a production line for three weeks.',
        'The company kept its full-year target of 220,000 vehicles.',
      ],
      faq: [
        {
          question: 'Why do delivery numbers matter so much for carmakers?',
          answer: 'Deliveries are published before full results and give investors an early read on revenue for the quarter.',
        },
        {
          question: 'When will Aurelia report full results?',
          answer: 'The company said it would publish its quarterly results later in July.',
        },
      ],
      tags: ['electric-vehicles', 'stock-markets', 'earnings'],
      related: ['grid-batteries-become-the-quiet-winner-of-the-energy-transition'],
    },
    {
      slug: 'yen-weakens-as-exporters-rush-to-hedge',
      title: 'Yen weakens to four-month low as exporters and investors hedge',
      leadImage: {
        url: 'https://images.example.com/lead/yen-weakens-as-exporters-rush-to-hedge.jpg',
        alt: 'Yen banknotes and coins spread across a currency exchange counter',
        credit: 'Atlas Wire',
        width: 1200,
        height: 800,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Japanese Currency Slides on Wide Rate Gap; Officials Watch Closely',
      summary:
        'The yen fell to its weakest in four months against the dollar as the gap between Japanese and overseas interest rates kept pressure on the currency. Exporters stepped up hedging.',
      body: [
        {
          type: 'paragraph',
          text: 'The yen slipped to a four-month low against the dollar on Wednesday, extending a decline that began in September as investors continued to favour higher-yielding currencies over Japanese assets.',
        },
        {
          type: 'paragraph',
          text: 'Currency dealers in Tokyo said large exporters had been selling dollars forward to lock in favourable rates for their overseas earnings, while domestic investors kept buying foreign bonds. Together the flows have kept the currency on the back foot.',
        },
        {
          type: 'paragraph',
          text: 'Officials have said they are watching exchange rate moves with a sense of urgency, language traders often read as a warning that intervention is possible. No action was taken on Wednesday.',
        },
        {
          type: 'quote',
          text: 'As long as the rate gap stays this wide, the path of least resistance for the yen is lower. Verbal warnings slow the move; they rarely reverse it.',
          attribution: 'Benedikt Horvath-Lee, Chief Market Strategist, Marrow & Pike Capital',
        },
        {
          type: 'paragraph',
          text: 'A weaker yen lifts the value of Japanese companies’ overseas profits but raises the cost of imported food and energy for households. Shares of large exporters rose in Tokyo trading, while retailers and importers fell.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-11-12T04:30:00+00:00',
      publication: 'meridian-finance-review',
      category: 'currencies',
      dateline: { place: 'tokyo', agency: 'pacific-press-service' },
      credits: [
        { person: 'aiko-tanabe-rhys', role: 'REPORTING' },
        { person: 'rosalind-teo-haverford', role: 'WRITING' },
        { person: 'lorcan-whitby', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'benedikt-horvath-lee', role: 'QUOTED' }],
        organizations: [{ slug: 'marrow-pike-capital', role: 'MENTIONED' }],
        places: [
          { slug: 'tokyo', role: 'MENTIONED' },
          { slug: 'japan', role: 'SUBJECT' },
        ],
      },
      keyTakeaways: [
        'The yen hit a four-month low against the dollar.',
        'Exporter hedging and outbound investment are weighing on the currency.',
        'Officials have warned about rapid moves but have not intervened.',
        'Exporters’ shares rose while importers’ shares fell.',
      ],
      faq: [
        {
          question: 'Why does an interest rate gap weaken a currency?',
          answer:
            'Investors can earn more by holding assets in higher-yielding currencies, so they tend to sell the lower-yielding one to buy them.',
        },
        {
          question: 'What is currency intervention?',
          answer: 'When a government or central bank buys or sells its own currency in the market to influence its value.',
        },
      ],
      tags: ['exchange-rates', 'interest-rates'],
      related: [],
    },
    {
      slug: 'household-savings-rate-falls-to-five-year-low',
      title: 'Household savings rate falls to five-year low as spending holds up',
      leadImage: {
        url: 'https://images.example.com/lead/household-savings-rate-falls-to-five-year-low.jpg',
        alt: 'Shoppers carrying bags along a busy high street on a Saturday',
        credit: 'Meridian Media Group',
        width: 2400,
        height: 1600,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Households Dip Into Savings to Keep Spending as Real Wages Recover Slowly',
      summary:
        'Households saved a smaller share of their income in the first quarter than at any time in five years. Economists are divided on whether that is a sign of confidence or strain.',
      body: [
        {
          type: 'paragraph',
          text: 'Households put aside 7.8% of their disposable income in the first three months of the year, down from 9.1% in the previous quarter and the lowest share since early 2020, according to official figures released on Wednesday.',
        },
        {
          type: 'paragraph',
          text: 'Consumer spending grew 0.6% in the quarter, faster than incomes after inflation, suggesting families drew on savings built up during the pandemic to maintain their living standards.',
        },
        {
          type: 'paragraph',
          text: 'Aurelio Banfi, chief economist at the Open Ledger Institute, said the figures pointed to a split. Older and wealthier households, who benefit from higher interest on deposits, were spending more freely, while younger renters were saving less because they had little left over after housing costs.',
        },
        {
          type: 'quote',
          text: 'The average hides two very different stories. For some families a lower savings rate is a choice; for others it is the only way to pay the rent.',
          attribution: 'Aurelio Banfi, Chief Economist, Open Ledger Institute',
        },
        {
          type: 'paragraph',
          text: 'The data will be watched by the National Reserve Council, which has said resilient consumer demand is one reason it is in no hurry to cut rates.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-05-28T07:00:00+01:00',
      publication: 'meridian-finance-review',
      category: 'finance',
      credits: [{ person: 'clara-fenwick-osei', role: 'AUTHOR' }],
      mentions: {
        people: [{ slug: 'aurelio-banfi', role: 'QUOTED' }],
        organizations: [
          { slug: 'open-ledger-institute', role: 'MENTIONED' },
          { slug: 'national-reserve-council', role: 'MENTIONED' },
        ],
        places: [{ slug: 'united-kingdom', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'The household savings rate fell to 7.8%, a five-year low.',
        'Spending grew faster than inflation-adjusted incomes.',
        'Older, wealthier households and younger renters are behaving differently.',
      ],
      faq: [
        {
          question: 'How is the savings rate calculated?',
          answer: 'It is the share of household disposable income, after taxes and benefits, that is not spent on consumption.',
        },
        {
          question: 'Is a falling savings rate bad for the economy?',
          answer:
            'In the short term it supports spending and growth. It can become a concern if households run down their buffers and are left exposed to a shock.',
        },
      ],
      tags: ['consumer-spending', 'inflation', 'housing'],
      related: ['inflation-eases-for-third-straight-month'],
    },
    // ───────────────────────────── Business › Companies ─────────────────────────────
    {
      slug: 'kestrel-cloud-agrees-to-buy-quillon-analytics',
      title: 'Kestrel Cloud agrees to buy security firm Quillon Analytics',
      leadImage: {
        url: 'https://images.example.com/lead/kestrel-cloud-agrees-to-buy-quillon-analytics.jpg',
        alt: 'The glass lobby of Kestrel Cloud’s offices with its logo on the wall',
        credit: 'Circuit Daily',
        width: 1920,
        height: 1080,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Kestrel Bets on Security With Quillon Deal to Win Business Customers',
      summary:
        'Kestrel Cloud will acquire cybersecurity company Quillon Analytics in a cash-and-stock deal, its largest acquisition to date. The deal needs approval from competition regulators.',
      body: [
        {
          type: 'paragraph',
          text: 'Kestrel Cloud said on Tuesday it had agreed to buy Quillon Analytics, a company that monitors ransomware and fraud campaigns, in a cash-and-stock deal that values the security firm at about 2.4 billion.',
        },
        {
          type: 'paragraph',
          text: 'The acquisition is the largest in Kestrel’s history and would let it bundle threat detection with the hosting and software services it sells to small and mid-sized businesses. Quillon’s roughly 900 staff would join Kestrel’s security division.',
        },
        {
          type: 'quote',
          text: 'Our customers do not have security teams. They want the platform they run their business on to keep them safe by default, and Quillon lets us offer that.',
          attribution: 'Piet Zandvoort, Chief Executive, Kestrel Cloud',
        },
        {
          type: 'paragraph',
          text: 'Quillon’s head of threat research, Sunniva Okafor-Blake, whose team publishes widely cited reports on criminal hacking groups, will continue to lead research after the deal closes, the companies said.',
        },
        {
          type: 'paragraph',
          text: 'The transaction requires clearance from the Digital Markets Commission, which has been examining whether large cloud providers use bundling to lock in customers. Kestrel said it expected the review to finish in the second half of the year.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-02-10T08:30:00-05:00',
      updatedAt: '2026-02-10T17:10:00-05:00',
      publication: 'circuit-daily',
      category: 'companies',
      dateline: { place: 'new-york' },
      credits: [{ person: 'jonah-ablewhite', role: 'AUTHOR' }],
      mentions: {
        people: [
          { slug: 'piet-zandvoort', role: 'QUOTED' },
          { slug: 'sunniva-okafor-blake', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'kestrel-cloud', role: 'SUBJECT' },
          { slug: 'quillon-analytics', role: 'SUBJECT' },
          { slug: 'digital-markets-commission', role: 'MENTIONED' },
        ],
        places: [{ slug: 'new-york', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Kestrel Cloud is buying Quillon Analytics for about 2.4 billion.',
        'It is Kestrel’s largest acquisition to date.',
        'Security tools will be bundled into Kestrel’s small-business platform.',
        'The Digital Markets Commission must approve the deal.',
      ],
      faq: [
        {
          question: 'What does Quillon Analytics do?',
          answer: 'It tracks ransomware gangs and fraud campaigns and sells detection and response tools to businesses.',
        },
        {
          question: 'Why might regulators look closely at the deal?',
          answer:
            'Regulators are concerned that cloud providers could use bundled services to make it harder for customers to switch to competitors.',
        },
      ],
      tags: ['mergers-and-acquisitions', 'cloud-computing', 'cyberattacks', 'antitrust'],
      related: ['ransomware-attacks-on-logistics-firms-rise', 'regulator-opens-inquiry-into-ai-assistant-data-practices'],
    },
    {
      slug: 'orrin-shipping-to-split-into-two-listed-companies',
      title: 'Orrin Shipping to split into two listed companies',
      leadImage: {
        url: 'https://images.example.com/lead/orrin-shipping-to-split-into-two-listed-companies.jpg',
        alt: 'A container ship with Orrin livery being loaded by quayside cranes',
        credit: 'Harbourline Weekly',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Orrin Separates Container Fleet From Ports Business in Bid to Lift Valuation',
      summary:
        'Orrin Shipping Lines plans to separate its container fleet from its port terminals business and list both. The company says investors value the two very differently.',
      body: [
        {
          type: 'paragraph',
          text: 'Orrin Shipping Lines said on Tuesday it would split into two separately listed companies, one operating its fleet of container ships and the other running its port terminals and warehouses.',
        },
        {
          type: 'paragraph',
          text: 'The company said the terminals business, which earns steadier income from long-term contracts, was being undervalued because investors grouped it with the far more volatile shipping operation. Both companies would remain listed in Singapore.',
        },
        {
          type: 'quote',
          text: 'We run two businesses with two very different risk profiles under one share price. Separating them lets each one be judged on its own terms.',
          attribution: 'Gustav Penhallow, Chief Executive, Orrin Shipping Lines',
        },
        {
          type: 'paragraph',
          text: 'Chief executive Gustav Penhallow will lead the shipping company after the separation, which is expected to be completed in the first half of next year. A search is under way for a chief executive for the ports business.',
        },
        {
          type: 'paragraph',
          text: 'Shares rose 6% after the announcement. Analysts said the plan could also make it easier for the ports unit to raise money for expansion in India and Southeast Asia.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-04-22T15:00:00+08:00',
      publication: 'harbourline-weekly',
      category: 'companies',
      dateline: { place: 'singapore', agency: 'pacific-press-service' },
      credits: [
        { person: 'devika-ashworth', role: 'REPORTING' },
        { person: 'rosalind-teo-haverford', role: 'WRITING' },
        { person: 'lorcan-whitby', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'gustav-penhallow', role: 'QUOTED' }],
        organizations: [{ slug: 'orrin-shipping', role: 'SUBJECT' }],
        places: [{ slug: 'singapore', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Orrin will separate its container fleet from its ports and warehouses.',
        'Both companies will be listed in Singapore.',
        'The split should be completed in the first half of next year.',
        'Shares rose 6% on the announcement.',
      ],
      faq: [
        {
          question: 'Why do companies split themselves up?',
          answer:
            'If parts of a business have different growth and risk profiles, investors may value them more highly separately than together.',
        },
        {
          question: 'What happens to existing shareholders?',
          answer:
            'In a typical demerger, existing shareholders receive shares in both new companies in proportion to their current holdings.',
        },
      ],
      tags: ['shipping', 'ipo', 'mergers-and-acquisitions'],
      related: ['ports-see-record-transshipment-volumes'],
    },
    {
      slug: 'aurelia-motors-plans-battery-plant-near-toronto',
      title: 'Aurelia Motors plans battery plant near Toronto to secure cell supply',
      leadImage: {
        url: 'https://images.example.com/lead/aurelia-motors-plans-battery-plant-near-toronto.jpg',
        alt: 'Battery cells moving along a conveyor in a factory clean room',
        credit: 'Atlas Wire',
        width: 2000,
        height: 1125,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'After Delivery Shortfall, Aurelia Moves to Make Its Own Battery Cells',
      summary:
        'Aurelia Motors is preparing to announce a battery cell factory in Ontario, aiming to end its dependence on outside suppliers. The plant would employ about 2,000 people.',
      body: [
        {
          type: 'paragraph',
          text: 'Aurelia Motors is preparing to build its first battery cell factory, near Toronto, as the electric carmaker tries to avoid a repeat of the supply shortages that hurt its deliveries last year, according to planning documents and people familiar with the project.',
        },
        {
          type: 'paragraph',
          text: 'The plant would have capacity to supply cells for about 250,000 vehicles a year and employ around 2,000 people once fully running. Construction could begin next spring if permits are granted.',
        },
        {
          type: 'paragraph',
          text: 'Chief executive Elodie Fairbanks has said repeatedly that controlling battery production is essential to lowering costs. Cells account for roughly a third of the cost of an electric car.',
        },
        {
          type: 'quote',
          text: 'Every serious car company will eventually make at least some of its own cells. The ones that wait will pay more for them.',
          attribution: 'Elodie Fairbanks, Chief Executive, Aurelia Motors',
        },
        {
          type: 'paragraph',
          text: 'The company is expected to seek provincial support for training and infrastructure. A spokesperson declined to comment on the location or timing of any announcement.',
        },
      ],
      status: 'DRAFT',
      publication: 'meridian-finance-review',
      category: 'companies',
      dateline: { place: 'toronto' },
      credits: [{ person: 'clara-fenwick-osei', role: 'AUTHOR' }],
      mentions: {
        people: [{ slug: 'elodie-fairbanks', role: 'SUBJECT' }],
        organizations: [{ slug: 'aurelia-motors', role: 'SUBJECT' }],
        places: [{ slug: 'toronto', role: 'SUBJECT' }],
      },
      keyTakeaways: [
        'Aurelia plans its first battery cell factory, near Toronto.',
        'The plant could supply cells for about 250,000 cars a year.',
        'Around 2,000 jobs would be created when fully running.',
      ],
      faq: [
        {
          question: 'Why are carmakers building their own battery plants?',
          answer:
            'Batteries are the most expensive part of an electric car, and making them in-house gives carmakers more control over cost and supply.',
        },
        {
          question: 'When would construction start?',
          answer: 'Possibly next spring, if the necessary permits are granted.',
        },
      ],
      tags: ['electric-vehicles', 'supply-chains'],
      related: ['aurelia-motors-shares-slide-after-delivery-miss'],
    },

    // ───────────────────────────── Business › Energy ─────────────────────────────
    {
      slug: 'tidemark-energy-to-expand-geothermal-and-solar-in-kenya',
      title: 'Tidemark Energy to double Kenyan capacity with geothermal and solar projects',
      leadImage: {
        url: 'https://images.example.com/lead/tidemark-energy-to-expand-geothermal-and-solar-in-kenya.jpg',
        alt: 'Steam rising from geothermal wells in the Rift Valley at dawn',
        credit: 'Atlas Wire',
        width: 1200,
        height: 800,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Tidemark Plans 1.2 Billion Investment in East African Clean Power',
      summary:
        'Tidemark Energy will invest about 1.2 billion over five years in geothermal and solar plants in Kenya. The company has lined up development lenders for most of the funding.',
      body: [
        {
          type: 'paragraph',
          text: 'Tidemark Energy said on Tuesday it would invest around 1.2 billion over five years to roughly double its generating capacity in Kenya, adding two geothermal plants in the Rift Valley and several large solar farms with battery storage.',
        },
        {
          type: 'paragraph',
          text: 'About two thirds of the cost will be covered by loans from development finance institutions, the company said, with the rest coming from its own cash flow and a planned green bond.',
        },
        {
          type: 'quote',
          text: 'Geothermal gives us power around the clock and solar gives us cheap power at midday. Together with storage, they can replace most of the diesel still burned on the grid.',
          attribution: 'Yusuf Tembo-Marsh, Chief Executive, Tidemark Energy',
        },
        {
          type: 'paragraph',
          text: 'Kenya already generates most of its electricity from renewable sources, but demand is rising quickly as more households and factories connect to the grid. Backup diesel generators are still used during dry spells when hydropower output falls.',
        },
        {
          type: 'image',
          url: 'https://images.example.com/rift-valley-geothermal-plant.jpg',
          alt: 'Steam rising from pipes at a geothermal power station in a green valley',
          caption: 'An existing geothermal plant in the Rift Valley, where Tidemark plans two more.',
          credit: 'Atlas Wire',
        },
        {
          type: 'paragraph',
          text: 'Chief executive Yusuf Tembo-Marsh said the first geothermal unit could be producing power by 2028.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-09-09T11:20:00+08:00',
      publication: 'harbourline-weekly',
      category: 'energy',
      dateline: { place: 'nairobi', agency: 'atlas-wire' },
      credits: [
        { person: 'samuel-okonjo-price', role: 'REPORTING' },
        { person: 'freya-lindqvist-hart', role: 'WRITING' },
        { person: 'henrik-saltonstall', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'yusuf-tembo-marsh', role: 'QUOTED' }],
        organizations: [{ slug: 'tidemark-energy', role: 'SUBJECT' }],
        places: [
          { slug: 'nairobi', role: 'MENTIONED' },
          { slug: 'kenya', role: 'SUBJECT' },
        ],
      },
      keyTakeaways: [
        'Tidemark plans about 1.2 billion of investment over five years.',
        'Two geothermal plants and several solar-plus-storage farms are planned.',
        'Development lenders will fund about two thirds of the cost.',
        'The first geothermal unit could be online by 2028.',
      ],
      faq: [
        {
          question: 'What is geothermal power?',
          answer: 'Electricity generated from heat beneath the earth’s surface, usually by using underground steam to drive turbines.',
        },
        {
          question: 'What is a green bond?',
          answer: 'A bond whose proceeds are earmarked for projects with environmental benefits, such as renewable energy.',
        },
      ],
      tags: ['renewables', 'climate-finance', 'emerging-markets'],
      related: ['grid-batteries-become-the-quiet-winner-of-the-energy-transition'],
    },
    {
      slug: 'oil-prices-fall-as-supply-outlook-improves',
      title: 'Oil prices fall as forecasters see ample supply next year',
      leadImage: {
        url: 'https://images.example.com/lead/oil-prices-fall-as-supply-outlook-improves.jpg',
        alt: 'Oil storage tanks at a coastal terminal under an evening sky',
        credit: 'Atlas Wire',
        width: 2400,
        height: 1600,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Crude Slides to Five-Month Low on Rising Output and Cooling Demand',
      summary:
        'Oil prices fell to a five-month low after new forecasts pointed to a supply surplus next year. Lower fuel costs could help bring down inflation.',
      body: [
        {
          type: 'paragraph',
          text: 'Oil prices dropped more than 3% on Wednesday to their lowest level in five months after several forecasters said global production would outpace demand next year.',
        },
        {
          type: 'paragraph',
          text: 'Output from producers in the Americas has risen faster than expected, while demand growth in the largest importing economies has slowed as factories cut back and more electric vehicles take to the roads.',
        },
        {
          type: 'quote',
          text: 'The market has gone from worrying about shortages to worrying about where to store the extra barrels. That is a big shift in twelve months.',
          attribution: 'Benedikt Horvath-Lee, Chief Market Strategist, Marrow & Pike Capital',
        },
        {
          type: 'paragraph',
          text: 'Lower crude prices tend to feed through to petrol and diesel within a few weeks, which could help central banks as they try to bring inflation back to target. Freight rates for oil tankers also fell on the outlook.',
        },
        {
          type: 'paragraph',
          text: 'Traders said prices could find support if producers agree to cut output at a meeting planned for next month, but few expected a large reduction.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-11-27T19:45:00+08:00',
      publication: 'harbourline-weekly',
      category: 'energy',
      dateline: { place: 'london', agency: 'atlas-wire' },
      credits: [
        { person: 'odile-marchetti', role: 'REPORTING' },
        { person: 'freya-lindqvist-hart', role: 'WRITING' },
        { person: 'henrik-saltonstall', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'benedikt-horvath-lee', role: 'QUOTED' }],
        organizations: [{ slug: 'marrow-pike-capital', role: 'MENTIONED' }],
        places: [{ slug: 'london', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Oil fell more than 3% to a five-month low.',
        'Forecasters expect supply to exceed demand next year.',
        'Cheaper fuel could help central banks bring down inflation.',
      ],
      faq: [
        {
          question: 'How quickly do oil prices affect petrol prices?',
          answer: 'Changes in crude prices usually reach the pump within two to six weeks.',
        },
        {
          question: 'Why does slower demand in importing economies matter?',
          answer:
            'The largest importers account for a big share of global consumption, so a slowdown there can tip the market into surplus.',
        },
      ],
      tags: ['oil', 'inflation', 'shipping'],
      related: [],
    },
    {
      slug: 'grid-batteries-become-the-quiet-winner-of-the-energy-transition',
      title: 'Grid batteries become the quiet winner of the energy transition',
      leadImage: {
        url: 'https://images.example.com/lead/grid-batteries-become-the-quiet-winner-of-the-energy-transition.jpg',
        alt: 'Rows of white battery storage containers beside an electricity substation',
        credit: 'Tobias Reinholt / Meridian Media Group',
        width: 1920,
        height: 1080,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Why Storage, Not Panels, Is Where Power Companies Now Want to Invest',
      summary:
        'Falling battery costs have made large-scale storage one of the fastest-growing parts of the power sector. Utilities and carmakers are both competing for a share.',
      body: [
        {
          type: 'paragraph',
          text: 'For years, solar panels and wind turbines took the headlines in clean energy. Now it is the unglamorous steel containers full of batteries, parked beside substations, that are attracting the most new money.',
        },
        {
          type: 'paragraph',
          text: 'The price of a battery storage system has roughly halved in four years as cell factories built for electric cars have expanded. That has made it economic to store cheap midday solar power and release it in the evening, when demand peaks.',
        },
        {
          type: 'heading',
          text: 'Who is building them',
          level: 2,
        },
        {
          type: 'list',
          ordered: false,
          items: [
            'Power producers such as Tidemark Energy, which pairs new solar farms with storage.',
            'Carmakers including Aurelia Motors, which sells stationary packs built from surplus cells.',
            'Grid operators, which use batteries to keep frequency stable when generation fluctuates.',
          ],
        },
        {
          type: 'quote',
          text: 'Five years ago storage was a line item at the end of the plan. Today we design the solar farm around the battery.',
          attribution: 'Yusuf Tembo-Marsh, Chief Executive, Tidemark Energy',
        },
        {
          type: 'image',
          url: 'https://images.example.com/battery-storage-containers-sydney.jpg',
          alt: 'Rows of white battery storage containers beside an electricity substation',
          caption: 'A battery storage site on the outskirts of Sydney.',
          credit: 'Tobias Reinholt / Meridian Media Group',
        },
        {
          type: 'paragraph',
          text: 'Investors have noticed. Funds that once bought only solar and wind farms now set aside a growing share of their budgets for storage, and some grid operators pay batteries simply to stand ready, a steady income that lenders like.',
        },
        {
          type: 'paragraph',
          text: 'The boom has limits. Batteries typically supply power for only a few hours, so longer gaps still need other sources, and supply of some raw materials remains concentrated in a handful of countries.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-03-18T07:00:00+08:00',
      publication: 'harbourline-weekly',
      category: 'energy',
      credits: [
        { person: 'wen-castellano', role: 'AUTHOR' },
        { person: 'tobias-reinholt', role: 'PHOTOGRAPHY' },
      ],
      mentions: {
        people: [
          { slug: 'yusuf-tembo-marsh', role: 'QUOTED' },
          { slug: 'elodie-fairbanks', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'tidemark-energy', role: 'MENTIONED' },
          { slug: 'aurelia-motors', role: 'MENTIONED' },
        ],
        places: [{ slug: 'sydney', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Battery storage system prices have roughly halved in four years.',
        'Storage lets cheap midday solar power be used in the evening peak.',
        'Power producers, carmakers and grid operators are all investing.',
        'Batteries cover hours, not days, so other sources are still needed.',
      ],
      faq: [
        {
          question: 'How long can a grid battery supply power?',
          answer: 'Most current installations are designed to discharge for between one and four hours.',
        },
        {
          question: 'Why are car battery factories relevant to the grid?',
          answer:
            'The same cell chemistry and factories serve both markets, so scale in electric cars has lowered costs for stationary storage.',
        },
        {
          question: 'What are the main constraints on growth?',
          answer: 'Grid connection queues, raw material supply and the limited duration of current batteries.',
        },
      ],
      tags: ['renewables', 'climate-finance', 'electric-vehicles'],
      related: ['tidemark-energy-to-expand-geothermal-and-solar-in-kenya'],
    },

    // ───────────────────────────── Business › Trade ─────────────────────────────
    {
      slug: 'global-trade-forum-warns-of-slowing-goods-trade',
      title: 'Global Trade Forum cuts forecast, warns goods trade will slow sharply',
      leadImage: {
        url: 'https://images.example.com/lead/global-trade-forum-warns-of-slowing-goods-trade.jpg',
        alt: 'Delegates in a conference hall during a trade forum plenary session',
        credit: 'Atlas Wire',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Trade Growth Forecast Halved as Tariffs and Weak Demand Bite',
      summary:
        'The Global Trade Forum halved its forecast for growth in merchandise trade this year, citing new tariffs and weaker demand for manufactured goods. Services trade is holding up better.',
      body: [
        {
          type: 'paragraph',
          text: 'The Global Trade Forum on Tuesday cut its forecast for growth in the volume of goods traded worldwide this year to 1.4% from 2.8%, citing a rise in tariffs between major economies and softer demand for manufactured goods.',
        },
        {
          type: 'paragraph',
          text: 'The body said trade in services, including software, finance and tourism, was expected to grow about 5%, cushioning the overall slowdown. Trade in goods related to the energy transition, such as solar components and batteries, also continued to expand.',
        },
        {
          type: 'quote',
          text: 'Trade is not collapsing, but it is fragmenting. Goods are taking longer and more expensive routes to reach the same customers.',
          attribution: 'Ravi Castellan-Moore, Director-General, Global Trade Forum',
        },
        {
          type: 'heading',
          text: 'Risks to the outlook',
          level: 3,
        },
        {
          type: 'list',
          ordered: false,
          items: [
            'Further tariff increases announced before the end of the year.',
            'Disruption to major shipping lanes.',
            'A sharper slowdown in consumer demand in large importing economies.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Director-general Ravi Castellan-Moore urged governments to resume talks on cutting tariffs on environmental goods, which stalled last year.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-04-14T16:00:00+08:00',
      updatedAt: '2026-04-15T09:30:00+08:00',
      publication: 'harbourline-weekly',
      category: 'trade',
      dateline: { place: 'singapore', agency: 'pacific-press-service' },
      promo: 'harbourline-podcast',
      credits: [
        { person: 'devika-ashworth', role: 'REPORTING' },
        { person: 'rosalind-teo-haverford', role: 'WRITING' },
        { person: 'lorcan-whitby', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'ravi-castellan-moore', role: 'QUOTED' }],
        organizations: [{ slug: 'global-trade-forum', role: 'SUBJECT' }],
        places: [{ slug: 'singapore', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'The goods trade growth forecast was cut to 1.4% from 2.8%.',
        'Services trade is expected to grow about 5%.',
        'Trade in clean-energy goods keeps expanding.',
        'The forum urged new talks on tariffs for environmental goods.',
      ],
      faq: [
        {
          question: 'What is the difference between goods and services trade?',
          answer:
            'Goods trade covers physical products shipped across borders; services trade covers things like software, finance, transport and tourism.',
        },
        {
          question: 'What does trade fragmentation mean?',
          answer: 'Supply chains being reorganised along political lines, so goods travel by less direct and often costlier routes.',
        },
      ],
      tags: ['trade-policy', 'tariffs', 'supply-chains', 'shipping'],
      related: [
        'ministers-agree-framework-to-cut-tariffs-on-green-goods',
        'asian-exporters-reroute-supply-chains-amid-higher-shipping-costs',
      ],
    },
    {
      slug: 'ports-see-record-transshipment-volumes',
      title: 'European ports handle record transshipment volumes as routes lengthen',
      leadImage: {
        url: 'https://images.example.com/lead/ports-see-record-transshipment-volumes.jpg',
        alt: 'Stacked shipping containers in many colours at a European port terminal',
        credit: 'Harbourline Weekly',
        width: 2000,
        height: 1125,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Rotterdam Hub Busier Than Ever as Carriers Reshuffle Networks',
      summary:
        'Container volumes moved between ships at major European hubs hit a record last year as carriers reorganised their networks around longer routes.',
      body: [
        {
          type: 'paragraph',
          text: 'Volumes of containers transferred between vessels at Europe’s largest ports reached a record last year, as shipping lines reorganised their networks around longer voyages and fewer direct calls.',
        },
        {
          type: 'paragraph',
          text: 'Transshipment, in which cargo is unloaded from a large ocean vessel and reloaded onto smaller feeder ships, rose about 9% at the biggest hubs. Carriers have been using large ports as consolidation points to make the most of their biggest ships on longer routes.',
        },
        {
          type: 'quote',
          text: 'Every extra day at sea changes the maths of a network. Carriers are concentrating on a few hubs and using feeders for the rest.',
          attribution: 'Gustav Penhallow, Chief Executive, Orrin Shipping Lines',
        },
        {
          type: 'paragraph',
          text: 'Port operators said the extra volume had strained storage space in the yards at peak times, and several are investing in automated cranes and additional rail links to move containers inland more quickly.',
        },
        {
          type: 'paragraph',
          text: 'Orrin Shipping Lines, which operates terminals in Asia and a container fleet serving European routes, said it had increased calls at hub ports by a fifth.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-02-26T18:30:00+08:00',
      publication: 'harbourline-weekly',
      category: 'trade',
      dateline: { place: 'rotterdam', agency: 'atlas-wire' },
      credits: [
        { person: 'odile-marchetti', role: 'REPORTING' },
        { person: 'freya-lindqvist-hart', role: 'WRITING' },
        { person: 'henrik-saltonstall', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'gustav-penhallow', role: 'QUOTED' }],
        organizations: [{ slug: 'orrin-shipping', role: 'MENTIONED' }],
        places: [
          { slug: 'rotterdam', role: 'SUBJECT' },
          { slug: 'european-union', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'Transshipment at major European hubs rose about 9% to a record.',
        'Carriers are concentrating calls at fewer, larger ports.',
        'Ports are investing in automation and rail links to ease congestion.',
      ],
      faq: [
        {
          question: 'What is transshipment?',
          answer:
            'Moving cargo from one ship to another at an intermediate port rather than delivering it directly to its final destination.',
        },
        {
          question: 'Does this make goods more expensive?',
          answer: 'Longer routes and extra handling add cost, though carriers offset some of it by using larger, more efficient ships.',
        },
      ],
      tags: ['shipping', 'supply-chains', 'trade-policy'],
      related: ['orrin-shipping-to-split-into-two-listed-companies'],
    },
    {
      slug: 'ministers-agree-framework-to-cut-tariffs-on-green-goods',
      title: 'Ministers agree framework to cut tariffs on clean-energy goods',
      leadImage: {
        url: 'https://images.example.com/lead/ministers-agree-framework-to-cut-tariffs-on-green-goods.jpg',
        alt: 'Trade ministers standing for a group photograph in front of national flags',
        credit: 'Atlas Wire',
        width: 1200,
        height: 800,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Trade Deal on Solar, Wind and Battery Parts Moves a Step Closer',
      summary:
        'Trade ministers meeting under the Global Trade Forum agreed a framework for cutting tariffs on equipment such as solar panels and heat pumps. Detailed negotiations start in the autumn.',
      body: [
        {
          type: 'paragraph',
          text: 'Trade ministers from more than forty economies agreed on Wednesday to negotiate lower tariffs on a list of clean-energy products, ranging from solar panels and wind turbine parts to heat pumps and grid batteries.',
        },
        {
          type: 'paragraph',
          text: 'The framework, brokered by the Global Trade Forum, does not yet set specific tariff levels. Negotiators will spend the autumn agreeing which products are covered and how quickly duties should fall.',
        },
        {
          type: 'quote',
          text: 'If we want the energy transition to be affordable, we cannot tax the equipment that makes it possible every time it crosses a border.',
          attribution: 'Ravi Castellan-Moore, Director-General, Global Trade Forum',
        },
        {
          type: 'paragraph',
          text: 'Cormac Eldridge, the minister for economic coordination, said his government would push for rules preventing products made with heavy subsidies from benefiting. Other delegations want the list to include components as well as finished goods.',
        },
        {
          type: 'paragraph',
          text: 'Previous attempts at a similar agreement collapsed a decade ago over disagreements about which products counted as environmental. Officials said a narrower list this time made success more likely.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-07-10T12:00:00+08:00',
      publication: 'harbourline-weekly',
      category: 'trade',
      credits: [{ person: 'wen-castellano', role: 'AUTHOR' }],
      mentions: {
        people: [
          { slug: 'ravi-castellan-moore', role: 'QUOTED' },
          { slug: 'cormac-eldridge', role: 'QUOTED' },
        ],
        organizations: [
          { slug: 'global-trade-forum', role: 'SUBJECT' },
          { slug: 'ministry-of-economic-coordination', role: 'MENTIONED' },
        ],
        places: [{ slug: 'singapore', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'More than forty economies agreed to negotiate lower tariffs on clean-energy goods.',
        'No tariff levels have been set yet.',
        'Disputes over subsidies and product lists remain.',
      ],
      faq: [
        {
          question: 'Which products could be covered?',
          answer:
            'Items under discussion include solar panels, wind turbine parts, heat pumps and grid batteries, and possibly their components.',
        },
        {
          question: 'Why did earlier talks fail?',
          answer: 'Countries could not agree which products should count as environmental goods.',
        },
      ],
      tags: ['tariffs', 'trade-policy', 'renewables', 'climate-finance'],
      related: ['global-trade-forum-warns-of-slowing-goods-trade'],
    },
    // ───────────────────────────── Technology › Artificial intelligence ─────────────────────────────
    {
      slug: 'kestrel-cloud-unveils-ai-assistant-for-small-businesses',
      title: 'Kestrel Cloud unveils AI assistant aimed at small businesses',
      leadImage: {
        url: 'https://images.example.com/lead/kestrel-cloud-unveils-ai-assistant-for-small-businesses.jpg',
        alt: 'A cafe owner using a laptop at the counter of her shop',
        credit: 'Circuit Daily',
        width: 2400,
        height: 1600,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Kestrel Launches Low-Cost AI Helper for Invoicing, Scheduling and Support',
      summary:
        'Kestrel Cloud launched an AI assistant that handles routine office tasks for small firms, priced per user per month. The company is betting on volume rather than large enterprise contracts.',
      body: [
        {
          type: 'paragraph',
          text: 'Kestrel Cloud on Tuesday released an artificial intelligence assistant designed for businesses with fewer than 250 employees, capable of drafting invoices, answering customer emails and scheduling staff rotas inside the company’s existing software.',
        },
        {
          type: 'paragraph',
          text: 'The assistant runs on a smaller language model that Kestrel trained itself, which the company says keeps costs low enough to charge a flat monthly fee per user. Customer data is processed in the region where it is stored and is not used for training.',
        },
        {
          type: 'quote',
          text: 'Big companies have teams to integrate AI. A bakery with twelve staff does not. We wanted something that works the day you switch it on.',
          attribution: 'Piet Zandvoort, Chief Executive, Kestrel Cloud',
        },
        {
          type: 'list',
          ordered: false,
          items: [
            'Drafts and chases invoices using existing customer records.',
            'Suggests replies to routine customer emails for staff to approve.',
            'Builds weekly rotas from availability and expected demand.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Analysts said the product put Kestrel in direct competition with larger software vendors that have focused on enterprise customers. Early testers reported that the assistant occasionally misread handwritten receipts, which Kestrel said it would improve before a wider rollout in the autumn.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-06-17T10:00:00-04:00',
      publication: 'circuit-daily',
      category: 'artificial-intelligence',
      dateline: { place: 'new-york' },
      promo: 'circuit-briefing',
      credits: [{ person: 'jonah-ablewhite', role: 'AUTHOR' }],
      mentions: {
        people: [{ slug: 'piet-zandvoort', role: 'QUOTED' }],
        organizations: [{ slug: 'kestrel-cloud', role: 'SUBJECT' }],
        places: [{ slug: 'new-york', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Kestrel released an AI assistant for firms with under 250 staff.',
        'It runs on a smaller in-house model to keep prices low.',
        'Customer data is not used to train the model.',
        'A wider rollout is planned for the autumn.',
      ],
      faq: [
        {
          question: 'What is a language model?',
          answer:
            'Software trained on large amounts of text to predict and generate language, which lets it draft messages, summarise documents and answer questions.',
        },
        {
          question: 'Is my business data used for training?',
          answer: 'Kestrel says customer data is not used to train the model and stays in its storage region.',
        },
      ],
      tags: ['ai', 'cloud-computing', 'startups'],
      related: ['regulator-opens-inquiry-into-ai-assistant-data-practices'],
    },
    {
      slug: 'regulator-opens-inquiry-into-ai-assistant-data-practices',
      title: 'Regulator opens inquiry into how AI assistants use business data',
      leadImage: {
        url: 'https://images.example.com/lead/regulator-opens-inquiry-into-ai-assistant-data-practices.jpg',
        alt: 'A laptop screen showing a chat assistant beside a printed privacy policy',
        credit: 'Circuit Daily',
        width: 1920,
        height: 1080,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Digital Markets Commission Probes Data Practices of Cloud AI Tools',
      summary:
        'The Digital Markets Commission opened a formal inquiry into whether cloud providers’ AI assistants give them an unfair advantage by drawing on customer data. Kestrel Cloud is among the companies asked for information.',
      body: [
        {
          type: 'paragraph',
          text: 'The Digital Markets Commission said on Thursday it had opened a formal inquiry into how large cloud providers use the data of business customers to build and improve artificial intelligence assistants.',
        },
        {
          type: 'paragraph',
          text: 'The regulator is examining whether providers that host customers’ files and transactions can use that position to give their own AI products an advantage that independent developers cannot match. It has sent information requests to six companies, including Kestrel Cloud.',
        },
        {
          type: 'quote',
          text: 'Businesses should be able to choose the best AI tools on the market, not simply the ones that come with their hosting contract.',
          attribution: 'Nadira Solberg, Chair, Digital Markets Commission',
        },
        {
          type: 'paragraph',
          text: 'Commission chair Nadira Solberg said the inquiry was not an accusation of wrongdoing and could conclude that no action was needed. It is expected to last about eighteen months.',
        },
        {
          type: 'paragraph',
          text: 'Kestrel said it would cooperate and pointed out that its assistant does not train on customer data. Its chief executive, Piet Zandvoort, has argued that smaller providers need bundled products to compete with the largest cloud companies.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-01-22T11:15:00-05:00',
      publication: 'circuit-daily',
      category: 'artificial-intelligence',
      dateline: { place: 'frankfurt', agency: 'atlas-wire' },
      credits: [
        { person: 'odile-marchetti', role: 'REPORTING' },
        { person: 'freya-lindqvist-hart', role: 'WRITING' },
        { person: 'henrik-saltonstall', role: 'EDITING' },
      ],
      mentions: {
        people: [
          { slug: 'nadira-solberg', role: 'QUOTED' },
          { slug: 'piet-zandvoort', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'digital-markets-commission', role: 'SUBJECT' },
          { slug: 'kestrel-cloud', role: 'MENTIONED' },
        ],
        places: [
          { slug: 'frankfurt', role: 'MENTIONED' },
          { slug: 'germany', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'The Digital Markets Commission opened a formal AI data inquiry.',
        'Six cloud providers, including Kestrel, received information requests.',
        'The regulator says the inquiry is not an accusation of wrongdoing.',
        'It is expected to take about eighteen months.',
      ],
      faq: [
        {
          question: 'What could the inquiry lead to?',
          answer:
            'It could end with no action, with commitments from the companies, or with rules on how customer data may be used for AI products.',
        },
        {
          question: 'Does this affect businesses using these assistants now?',
          answer: 'No. Services continue as normal while the inquiry runs.',
        },
      ],
      tags: ['ai', 'data-privacy', 'antitrust', 'cloud-computing'],
      related: ['kestrel-cloud-unveils-ai-assistant-for-small-businesses', 'kestrel-cloud-agrees-to-buy-quillon-analytics'],
    },
    {
      slug: 'ai-productivity-gains-slow-to-show-up-in-data',
      title: 'Why AI productivity gains are slow to show up in the economic data',
      leadImage: {
        url: 'https://images.example.com/lead/ai-productivity-gains-slow-to-show-up-in-data.jpg',
        alt: 'Office workers at desks with several monitors in an open-plan floor',
        credit: 'Meridian Media Group',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Companies Say AI Saves Time. The Statistics Have Yet to Agree',
      summary:
        'Firms report that AI tools save staff hours every week, yet national productivity figures have barely moved. Economists offer several explanations for the gap.',
      body: [
        {
          type: 'paragraph',
          text: 'Ask managers about artificial intelligence and many will describe real time savings: reports drafted in minutes, customer queries answered overnight, code written faster. Look at official productivity statistics, though, and the effect is hard to find.',
        },
        {
          type: 'heading',
          text: 'Three explanations',
          level: 2,
        },
        {
          type: 'list',
          ordered: true,
          items: [
            'Adoption is still narrow: most of the gains are concentrated in a small number of large firms and occupations.',
            'Time saved is often spent on other tasks that statistics do not capture as extra output.',
            'Companies are still reorganising work around the tools, which historically takes years.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Aurelio Banfi, chief economist at the Open Ledger Institute, points to the history of electricity and personal computers, both of which took more than a decade to lift measured productivity because factories and offices had to be redesigned first.',
        },
        {
          type: 'quote',
          text: 'The technology arrives quickly. The reorganisation that turns it into output arrives slowly, and that is what the statistics measure.',
          attribution: 'Aurelio Banfi, Chief Economist, Open Ledger Institute',
        },
        {
          type: 'paragraph',
          text: 'There are early signs of change. Surveys show the share of firms using AI in daily operations has doubled in two years, and sectors with the heaviest use have recorded faster output growth per hour. Whether that spreads to the wider labour market will shape wage growth for the rest of the decade.',
        },
      ],
      status: 'SCHEDULED',
      scheduledAt: '2027-01-15T08:00:00Z',
      publishedAt: '2027-01-15T08:00:00Z',
      publication: 'circuit-daily',
      category: 'artificial-intelligence',
      credits: [{ person: 'jonah-ablewhite', role: 'AUTHOR' }],
      mentions: {
        people: [{ slug: 'aurelio-banfi', role: 'QUOTED' }],
        organizations: [{ slug: 'open-ledger-institute', role: 'MENTIONED' }],
        places: [{ slug: 'united-states', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Firms report AI time savings, but productivity statistics have barely moved.',
        'Adoption remains concentrated in a few firms and occupations.',
        'Past technologies took over a decade to lift measured productivity.',
        'AI use in daily operations has doubled in two years.',
      ],
      faq: [
        {
          question: 'How is productivity measured?',
          answer: 'Usually as economic output per hour worked across the whole economy or a sector.',
        },
        {
          question: 'Could AI reduce employment?',
          answer:
            'Some tasks will be automated, but historically new technologies have also created new jobs. The net effect on employment is still debated.',
        },
      ],
      tags: ['ai', 'productivity', 'labour-market'],
      related: ['kestrel-cloud-unveils-ai-assistant-for-small-businesses'],
    },
    {
      slug: 'banks-turn-to-ai-to-fight-payment-fraud',
      title: 'Banks turn to AI to catch payment fraud before money leaves accounts',
      leadImage: {
        url: 'https://images.example.com/lead/banks-turn-to-ai-to-fight-payment-fraud.jpg',
        alt: 'An analyst reviewing flagged card transactions on a large monitor',
        credit: 'Tobias Reinholt / Meridian Media Group',
        width: 2000,
        height: 1125,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Machine Learning Cuts Scam Losses as Fraudsters Adopt the Same Tools',
      summary:
        'Lenders are using machine learning to spot suspicious payments in real time, cutting losses from scams. Security researchers warn that criminals are using AI too.',
      body: [
        {
          type: 'paragraph',
          text: 'Banks are increasingly relying on machine learning models that assess every payment in milliseconds, looking for signs that a customer is being tricked into sending money to a fraudster.',
        },
        {
          type: 'paragraph',
          text: 'Brightwater Bank said its system, introduced last year, had helped reduce losses from scams in which customers are persuaded to authorise transfers by about a third. The model looks at factors such as the time of day, the device used and whether the recipient account was opened recently.',
        },
        {
          type: 'quote',
          text: 'The best moment to stop a scam is the second before the money moves. After that, recovering it is slow and often impossible.',
          attribution: 'Lise Aaberg-Cole, Chief Executive, Brightwater Bank',
        },
        {
          type: 'paragraph',
          text: 'Security researchers caution that criminals are using AI to write more convincing messages and even to imitate the voices of relatives. Sunniva Okafor-Blake of Quillon Analytics said her team had seen a sharp rise in scams using cloned voices in the past six months.',
        },
        {
          type: 'image',
          url: 'https://images.example.com/fraud-monitoring-room.jpg',
          alt: 'Analysts watching screens of transaction data in a dimly lit monitoring room',
          caption: 'Fraud analysts review payments flagged by a machine learning model.',
          credit: 'Tobias Reinholt / Meridian Media Group',
        },
        {
          type: 'paragraph',
          text: 'Banks say the models generate fewer false alarms than older rule-based systems, meaning fewer legitimate payments are blocked.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-10-03T09:30:00-04:00',
      publication: 'circuit-daily',
      category: 'artificial-intelligence',
      credits: [
        { person: 'jonah-ablewhite', role: 'AUTHOR' },
        { person: 'tobias-reinholt', role: 'PHOTOGRAPHY' },
      ],
      mentions: {
        people: [
          { slug: 'lise-aaberg-cole', role: 'QUOTED' },
          { slug: 'sunniva-okafor-blake', role: 'QUOTED' },
        ],
        organizations: [
          { slug: 'brightwater-bank', role: 'MENTIONED' },
          { slug: 'quillon-analytics', role: 'MENTIONED' },
        ],
        places: [{ slug: 'united-kingdom', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Banks assess payments in real time with machine learning models.',
        'Brightwater says scam losses fell by about a third.',
        'Criminals are using AI for convincing messages and cloned voices.',
        'New models block fewer legitimate payments than older systems.',
      ],
      faq: [
        {
          question: 'What is an authorised push payment scam?',
          answer:
            'A fraud in which the victim is tricked into sending money themselves, for example to someone posing as their bank or a relative.',
        },
        {
          question: 'How can I protect myself from voice-cloning scams?',
          answer: 'Agree a code word with family members and hang up and call back on a known number if someone asks urgently for money.',
        },
      ],
      tags: ['ai', 'fintech', 'cyberattacks'],
      related: ['brightwater-bank-restores-services-after-outage'],
    },

    // ───────────────────────────── Technology › Semiconductors ─────────────────────────────
    {
      slug: 'halvorsen-semiconductor-raises-forecast-on-ai-chip-demand',
      title: 'Halvorsen Semiconductor raises forecast as AI memory demand surges',
      leadImage: {
        url: 'https://images.example.com/lead/halvorsen-semiconductor-raises-forecast-on-ai-chip-demand.jpg',
        alt: 'A gloved hand holding a silicon wafer under yellow clean-room light',
        credit: 'Circuit Daily',
        width: 1200,
        height: 800,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Halvorsen Lifts Annual Outlook and Says High-Bandwidth Memory Is Sold Out',
      summary:
        'Halvorsen Semiconductor raised its full-year revenue forecast after a record quarter, driven by memory chips for AI servers. It said next year’s supply is already fully booked.',
      body: [
        {
          type: 'paragraph',
          text: 'Halvorsen Semiconductor on Thursday raised its revenue forecast for the year by about 8% after reporting record quarterly sales, driven by demand for the high-bandwidth memory used alongside AI processors in data centres.',
        },
        {
          type: 'paragraph',
          text: 'Third-quarter revenue rose 41% from a year earlier and operating profit more than doubled. Sales of memory for AI servers now make up more than half of revenue, up from about a fifth two years ago.',
        },
        {
          type: 'quote',
          text: 'Our customers are asking for capacity into 2028. We are adding it as fast as we responsibly can, but the packaging step remains the bottleneck for the whole industry.',
          attribution: 'Margaux Deveraux-Lin, Chief Executive, Halvorsen Semiconductor',
        },
        {
          type: 'paragraph',
          text: 'Chief executive Margaux Deveraux-Lin said the company would increase capital spending next year to expand advanced packaging lines in Seoul. Sales of memory for smartphones and personal computers remained weak, she added.',
        },
        {
          type: 'paragraph',
          text: 'Shares rose 5% in Seoul. Some analysts questioned whether demand could keep growing at this pace, noting that several large customers were designing their own chips.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-10-29T07:05:00-04:00',
      updatedAt: '2026-10-29T12:20:00-04:00',
      publication: 'circuit-daily',
      category: 'semiconductors',
      dateline: { place: 'seoul', agency: 'pacific-press-service' },
      promo: 'circuit-briefing',
      credits: [
        { person: 'aiko-tanabe-rhys', role: 'REPORTING' },
        { person: 'rosalind-teo-haverford', role: 'WRITING' },
        { person: 'lorcan-whitby', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'margaux-deveraux-lin', role: 'QUOTED' }],
        organizations: [{ slug: 'halvorsen-semiconductor', role: 'SUBJECT' }],
        places: [{ slug: 'seoul', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Halvorsen raised its annual revenue forecast by about 8%.',
        'Quarterly revenue rose 41% and operating profit more than doubled.',
        'AI server memory is now over half of sales.',
        'Advanced packaging capacity remains the main constraint.',
      ],
      faq: [
        {
          question: 'What is high-bandwidth memory?',
          answer:
            'A type of memory chip stacked in layers and placed close to a processor so that data can move between them very quickly, which AI workloads need.',
        },
        {
          question: 'Why is packaging a bottleneck?',
          answer: 'Stacking and connecting chips requires specialised equipment and processes that have not expanded as fast as demand.',
        },
      ],
      tags: ['chips', 'ai', 'earnings'],
      related: ['chipmakers-race-to-secure-advanced-packaging-capacity', 'chip-stocks-lead-broad-market-rally'],
    },
    {
      slug: 'chipmakers-race-to-secure-advanced-packaging-capacity',
      title: 'Chipmakers race to secure advanced packaging capacity',
      leadImage: {
        url: 'https://images.example.com/lead/chipmakers-race-to-secure-advanced-packaging-capacity.jpg',
        alt: 'A close-up of a chip package with its gold contacts visible',
        credit: 'Circuit Daily',
        width: 2400,
        height: 1600,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'The Overlooked Step in Chipmaking That Now Limits the AI Boom',
      summary:
        'Assembling and stacking chips has become the tightest part of the semiconductor supply chain. Manufacturers are spending heavily to catch up.',
      body: [
        {
          type: 'paragraph',
          text: 'Packaging used to be the least glamorous step in making a chip: the part where a finished slice of silicon was wrapped up and connected to a circuit board. For the processors and memory that power AI, it has become one of the hardest and most constrained.',
        },
        {
          type: 'paragraph',
          text: 'Modern AI accelerators combine several chips side by side or stacked on top of each other, linked by thousands of microscopic connections. Only a handful of facilities, most of them in East Asia, can do this at volume.',
        },
        {
          type: 'quote',
          text: 'Ten years ago nobody asked about packaging on an earnings call. Now it is the first question.',
          attribution: 'Margaux Deveraux-Lin, Chief Executive, Halvorsen Semiconductor',
        },
        {
          type: 'paragraph',
          text: 'Halvorsen Semiconductor has doubled its packaging budget, and equipment makers in Japan report order backlogs stretching more than a year. Benedikt Horvath-Lee of Marrow & Pike Capital said investors had started treating packaging suppliers as a separate way to bet on AI demand.',
        },
        {
          type: 'paragraph',
          text: 'Governments are also paying attention. Several have added packaging to the list of activities eligible for chip subsidies, hoping to spread capacity beyond its current concentration.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-08-20T08:00:00-04:00',
      publication: 'circuit-daily',
      category: 'semiconductors',
      credits: [{ person: 'jonah-ablewhite', role: 'AUTHOR' }],
      mentions: {
        people: [
          { slug: 'margaux-deveraux-lin', role: 'QUOTED' },
          { slug: 'benedikt-horvath-lee', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'halvorsen-semiconductor', role: 'MENTIONED' },
          { slug: 'marrow-pike-capital', role: 'MENTIONED' },
        ],
        places: [
          { slug: 'seoul', role: 'MENTIONED' },
          { slug: 'japan', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'Advanced packaging is now a key bottleneck for AI chips.',
        'Capacity is concentrated in a few East Asian facilities.',
        'Equipment makers have order backlogs of more than a year.',
        'Governments are extending chip subsidies to packaging.',
      ],
      faq: [
        {
          question: 'What does chip packaging involve?',
          answer:
            'Enclosing finished chips and connecting them to each other and to circuit boards; for AI chips this includes stacking and linking several dies.',
        },
        {
          question: 'Why does it matter for AI?',
          answer: 'AI accelerators need memory placed very close to the processor, which only advanced packaging allows.',
        },
      ],
      tags: ['chips', 'supply-chains', 'ai'],
      related: ['halvorsen-semiconductor-raises-forecast-on-ai-chip-demand'],
    },
    {
      slug: 'halvorsen-to-build-chip-assembly-plant-in-india',
      title: 'Halvorsen to build chip assembly and test plant in India',
      leadImage: {
        url: 'https://images.example.com/lead/halvorsen-to-build-chip-assembly-plant-in-india.jpg',
        alt: 'A cleared construction site with cranes where a chip plant will stand',
        credit: 'Atlas Wire',
        width: 1920,
        height: 1080,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Halvorsen Picks Site Near Mumbai for First Plant Outside Korea',
      summary:
        'Halvorsen Semiconductor will build a chip assembly and testing plant in India, its first factory outside South Korea. Production is due to start in 2026.',
      body: [
        {
          type: 'paragraph',
          text: 'Halvorsen Semiconductor said on Wednesday it would build a chip assembly and testing facility outside Mumbai, its first manufacturing site outside South Korea, as it seeks to diversify its supply chain.',
        },
        {
          type: 'paragraph',
          text: 'The plant will package and test memory chips made at Halvorsen’s fabrication plants in Korea before they are shipped to customers. The company did not disclose the cost, but said the site would employ about 1,500 people when fully operational.',
        },
        {
          type: 'quote',
          text: 'Customers want to know that a single disruption in one place will not stop their supply. Building in India gives us a second base in a fast-growing market.',
          attribution: 'Margaux Deveraux-Lin, Chief Executive, Halvorsen Semiconductor',
        },
        {
          type: 'paragraph',
          text: 'India has been offering incentives to attract semiconductor investment, and several chip companies have announced assembly plants in the past two years. Assembly and testing require less capital than fabrication and can be set up more quickly.',
        },
        {
          type: 'paragraph',
          text: 'Halvorsen said construction would begin this year and production should start in 2026.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-05-15T10:00:00-04:00',
      publication: 'circuit-daily',
      category: 'semiconductors',
      dateline: { place: 'mumbai', agency: 'pacific-press-service' },
      credits: [
        { person: 'devika-ashworth', role: 'REPORTING' },
        { person: 'rosalind-teo-haverford', role: 'WRITING' },
        { person: 'lorcan-whitby', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'margaux-deveraux-lin', role: 'QUOTED' }],
        organizations: [{ slug: 'halvorsen-semiconductor', role: 'SUBJECT' }],
        places: [
          { slug: 'mumbai', role: 'SUBJECT' },
          { slug: 'india', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'Halvorsen will build its first plant outside South Korea, near Mumbai.',
        'The site will assemble and test memory chips.',
        'About 1,500 jobs are expected.',
        'Production is due to start in 2026.',
      ],
      faq: [
        {
          question: 'What is the difference between fabrication and assembly?',
          answer: 'Fabrication creates the circuits on silicon wafers; assembly and testing cut, package and check the finished chips.',
        },
        {
          question: 'Why is India attracting chip investment?',
          answer: 'It offers government incentives, a large engineering workforce and a fast-growing domestic market.',
        },
      ],
      tags: ['chips', 'supply-chains', 'emerging-markets'],
      related: ['chipmakers-race-to-secure-advanced-packaging-capacity'],
    },

    // ───────────────────────────── Technology › Cybersecurity ─────────────────────────────
    {
      slug: 'ransomware-attacks-on-logistics-firms-rise',
      title: 'Ransomware attacks on logistics firms rise as criminals target supply chains',
      leadImage: {
        url: 'https://images.example.com/lead/ransomware-attacks-on-logistics-firms-rise.jpg',
        alt: 'A warehouse with idle forklifts and stopped conveyor belts',
        credit: 'Harbourline Weekly',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Hackers Go After Warehouses and Shippers, Where Downtime Is Costliest',
      summary:
        'Ransomware attacks on freight and logistics companies rose sharply this year, according to Quillon Analytics. Attackers are betting that firms under time pressure will pay quickly.',
      body: [
        {
          type: 'paragraph',
          text: 'Criminal hacking groups are increasingly targeting freight forwarders, warehouse operators and shipping lines, according to research published on Thursday by Quillon Analytics, which recorded a 60% rise in ransomware incidents in the sector this year.',
        },
        {
          type: 'paragraph',
          text: 'Logistics companies are attractive targets because even a short disruption can leave goods stuck at ports or warehouses, creating pressure to pay a ransom quickly, the report said.',
        },
        {
          type: 'quote',
          text: 'These groups choose victims by how much each hour of downtime costs. In logistics, that number is very high, and it falls on customers as well as the company.',
          attribution: 'Sunniva Okafor-Blake, Head of Threat Research, Quillon Analytics',
        },
        {
          type: 'heading',
          text: 'How attackers get in',
          level: 3,
        },
        {
          type: 'list',
          ordered: false,
          items: [
            'Stolen passwords for remote access tools without multi-factor authentication.',
            'Unpatched software on internet-facing servers.',
            'Compromised accounts at smaller suppliers with access to shared systems.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Orrin Shipping Lines, which was not among the victims, said it had run exercises simulating an attack on its terminal systems. Industry groups are pressing for clearer rules on reporting incidents.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-12-04T09:00:00-05:00',
      publication: 'circuit-daily',
      category: 'cybersecurity',
      credits: [{ person: 'jonah-ablewhite', role: 'AUTHOR' }],
      mentions: {
        people: [{ slug: 'sunniva-okafor-blake', role: 'QUOTED' }],
        organizations: [
          { slug: 'quillon-analytics', role: 'SUBJECT' },
          { slug: 'orrin-shipping', role: 'MENTIONED' },
        ],
        places: [{ slug: 'rotterdam', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Ransomware incidents in logistics rose 60% this year.',
        'Attackers target firms where downtime is most expensive.',
        'Stolen passwords and unpatched servers are the main entry points.',
      ],
      faq: [
        {
          question: 'What is ransomware?',
          answer: 'Malicious software that encrypts a victim’s files or systems, with attackers demanding payment to restore access.',
        },
        {
          question: 'What is multi-factor authentication?',
          answer: 'A login method that requires a second proof of identity, such as a code from a phone, in addition to a password.',
        },
      ],
      tags: ['cyberattacks', 'shipping', 'supply-chains'],
      related: ['kestrel-cloud-agrees-to-buy-quillon-analytics'],
    },

    // ───────────────────────────── Technology ─────────────────────────────
    {
      slug: 'startups-shift-to-profitability-as-venture-funding-tightens',
      title: 'Startups shift focus to profitability as venture funding tightens',
      leadImage: {
        url: 'https://images.example.com/lead/startups-shift-to-profitability-as-venture-funding-tightens.jpg',
        alt: 'A small team meeting around a whiteboard covered in figures',
        credit: 'Circuit Daily',
        width: 2000,
        height: 1125,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Growth at Any Cost Is Over: Founders Cut Burn Rates to Survive',
      summary:
        'Venture capital investment in technology startups fell for a second year. Founders are cutting costs and delaying listings as investors prioritise profits over growth.',
      body: [
        {
          type: 'paragraph',
          text: 'Venture capital investment in technology startups fell about 15% in the first half of the year compared with a year earlier, extending a slowdown that began when interest rates started rising.',
        },
        {
          type: 'paragraph',
          text: 'The decline has been steepest for later-stage companies that had hoped to go public. With few listings taking place, many have raised smaller rounds at lower valuations or turned to debt.',
        },
        {
          type: 'quote',
          text: 'When money was free, investors paid for growth. Now that it costs something again, they want to see a path to profit within two years.',
          attribution: 'Benedikt Horvath-Lee, Chief Market Strategist, Marrow & Pike Capital',
        },
        {
          type: 'paragraph',
          text: 'Founders say the adjustment has been painful but not entirely negative. Many companies have reduced marketing spending, focused on their most profitable customers and cut the number of products they offer.',
        },
        {
          type: 'paragraph',
          text: 'One exception is artificial intelligence, where funding has risen sharply. Investors caution that the concentration of money in a single theme carries its own risks if expectations are not met.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-08-06T08:15:00-04:00',
      publication: 'circuit-daily',
      category: 'technology',
      credits: [{ person: 'jonah-ablewhite', role: 'AUTHOR' }],
      mentions: {
        people: [{ slug: 'benedikt-horvath-lee', role: 'QUOTED' }],
        organizations: [{ slug: 'marrow-pike-capital', role: 'MENTIONED' }],
        places: [{ slug: 'united-states', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Venture investment fell about 15% in the first half.',
        'Late-stage startups are hardest hit as listings remain scarce.',
        'Founders are cutting costs and narrowing product ranges.',
        'AI remains the exception, attracting rising investment.',
      ],
      faq: [
        {
          question: 'What is a burn rate?',
          answer: 'The speed at which a loss-making company spends its cash reserves, usually measured per month.',
        },
        {
          question: 'Why do interest rates affect venture funding?',
          answer: 'Higher rates make safer investments more attractive and reduce the present value of profits expected far in the future.',
        },
      ],
      tags: ['startups', 'ipo', 'interest-rates', 'ai'],
      related: ['fintech-lenders-face-funding-squeeze'],
    },

    // ───────────────────────────── World ─────────────────────────────
    {
      slug: 'economies-brace-for-slower-growth-as-rates-stay-high',
      title: 'Economies brace for slower growth as borrowing costs stay high',
      leadImage: {
        url: 'https://images.example.com/lead/economies-brace-for-slower-growth-as-rates-stay-high.jpg',
        alt: 'A city financial district skyline under low clouds',
        credit: 'Meridian Media Group',
        width: 1200,
        height: 800,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'The Long Wait for Rate Cuts: Who Feels It Most Around the World',
      summary:
        'With major central banks in no hurry to cut, growth forecasts are being trimmed and heavily indebted emerging economies are feeling the strain. We look at where the pressure is greatest.',
      body: [
        {
          type: 'paragraph',
          text: 'Eighteen months ago, investors expected interest rates in most large economies to be falling steadily by now. Instead, central banks from London to Tokyo have held borrowing costs near their highs, and the effects are showing up in growth forecasts.',
        },
        {
          type: 'paragraph',
          text: 'Economists surveyed by Harbourline expect global growth of about 2.6% this year, down from 3% forecast in January. The downgrades have been largest for economies with high levels of debt that must be refinanced soon.',
        },
        {
          type: 'heading',
          text: 'Pressure points',
          level: 2,
        },
        {
          type: 'list',
          ordered: false,
          items: [
            'Emerging economies that borrowed heavily in foreign currencies.',
            'Commercial property markets, where loans are coming up for renewal at far higher rates.',
            'Households on variable-rate mortgages in countries where fixed terms are short.',
          ],
        },
        {
          type: 'quote',
          text: 'High rates work with a delay, and we are now in the part of the cycle where the delay ends. The question is whether inflation falls before something breaks.',
          attribution: 'Aurelio Banfi, Chief Economist, Open Ledger Institute',
        },
        {
          type: 'paragraph',
          text: 'Policymakers insist the patience is necessary. Helena Varga-Moss, governor of the National Reserve Council, said this month that cutting too early would risk a second wave of inflation. Ravi Castellan-Moore of the Global Trade Forum has warned that weaker demand is already slowing trade.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2026-06-30T18:00:00+08:00',
      updatedAt: '2026-07-01T10:00:00+08:00',
      publication: 'harbourline-weekly',
      category: 'world',
      credits: [{ person: 'wen-castellano', role: 'AUTHOR' }],
      mentions: {
        people: [
          { slug: 'aurelio-banfi', role: 'QUOTED' },
          { slug: 'helena-varga-moss', role: 'MENTIONED' },
          { slug: 'ravi-castellan-moore', role: 'MENTIONED' },
        ],
        organizations: [
          { slug: 'open-ledger-institute', role: 'MENTIONED' },
          { slug: 'national-reserve-council', role: 'MENTIONED' },
          { slug: 'global-trade-forum', role: 'MENTIONED' },
        ],
        places: [
          { slug: 'london', role: 'MENTIONED' },
          { slug: 'tokyo', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'Global growth forecasts have been cut to about 2.6% this year.',
        'Highly indebted economies face the largest downgrades.',
        'Commercial property and variable-rate borrowers are under strain.',
        'Central bankers say patience is needed to avoid renewed inflation.',
      ],
      faq: [
        {
          question: 'Why do high rates hit emerging economies harder?',
          answer: 'Many borrow in foreign currencies, so higher global rates and a stronger dollar raise the cost of servicing their debt.',
        },
        {
          question: 'What does it mean that rates work with a delay?',
          answer:
            'Most loans are fixed for a period, so higher rates only reach many borrowers when those loans are refinanced, often a year or more later.',
        },
      ],
      tags: ['interest-rates', 'emerging-markets', 'sovereign-debt', 'central-banks'],
      related: ['central-bank-holds-rates-steady', 'global-trade-forum-warns-of-slowing-goods-trade'],
    },
    {
      slug: 'european-manufacturing-activity-stabilises',
      title: 'European factory activity stabilises after two-year slump',
      leadImage: {
        url: 'https://images.example.com/lead/european-manufacturing-activity-stabilises.jpg',
        alt: 'Workers assembling machinery on a factory floor',
        credit: 'Atlas Wire',
        width: 2400,
        height: 1600,
        focalPoint: { x: 0.5, y: 0.4 },
      },
      alternativeTitle: 'Manufacturers See First Rise in New Orders Since 2023, Survey Shows',
      summary:
        'A survey of European manufacturers showed activity steadying for the first time in two years, with new orders edging up. Employment in factories is still falling.',
      body: [
        {
          type: 'paragraph',
          text: 'Manufacturing activity across the European Union stopped shrinking in September for the first time in more than two years, a monthly survey of purchasing managers showed on Thursday, as new orders rose slightly and input costs eased.',
        },
        {
          type: 'paragraph',
          text: 'Germany, the region’s largest industrial economy, continued to lag, but its survey reading was the strongest in eighteen months. Producers of machinery and electrical equipment reported the biggest improvement, helped by demand for grid and renewable energy projects.',
        },
        {
          type: 'quote',
          text: 'It is a floor, not a recovery. Orders are picking up from a low base, and firms are still reluctant to hire until they are sure it lasts.',
          attribution: 'Aurelio Banfi, Chief Economist, Open Ledger Institute',
        },
        {
          type: 'paragraph',
          text: 'Factory employment fell for a sixteenth consecutive month, though at a slower pace. Companies said lower energy prices and shorter delivery times from suppliers had helped to protect margins.',
        },
        {
          type: 'paragraph',
          text: 'The figures may ease concerns about a broader downturn in the region, although economists noted that the survey is volatile and can be revised.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2025-10-02T17:30:00+08:00',
      publication: 'harbourline-weekly',
      category: 'europe',
      dateline: { place: 'frankfurt', agency: 'atlas-wire' },
      credits: [
        { person: 'odile-marchetti', role: 'REPORTING' },
        { person: 'freya-lindqvist-hart', role: 'WRITING' },
        { person: 'henrik-saltonstall', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'aurelio-banfi', role: 'QUOTED' }],
        organizations: [{ slug: 'open-ledger-institute', role: 'MENTIONED' }],
        places: [
          { slug: 'european-union', role: 'SUBJECT' },
          { slug: 'germany', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'EU manufacturing stopped contracting for the first time in over two years.',
        'New orders rose slightly and input costs eased.',
        'Germany lagged but posted its best reading in eighteen months.',
        'Factory employment is still falling.',
      ],
      faq: [
        {
          question: 'What is a purchasing managers’ survey?',
          answer:
            'A monthly poll of company buyers about orders, output, prices and staffing, used as an early indicator of economic activity.',
        },
        {
          question: 'Does this mean a recovery has started?',
          answer: 'Not yet. It shows activity has stopped falling; a recovery would require sustained growth in orders and output.',
        },
      ],
      tags: ['labour-market', 'supply-chains', 'inflation'],
      related: [],
    },
    {
      slug: 'asian-exporters-reroute-supply-chains-amid-higher-shipping-costs',
      title: 'Asian exporters reroute supply chains as shipping costs climb',
      leadImage: {
        url: 'https://images.example.com/lead/asian-exporters-reroute-supply-chains-amid-higher-shipping-costs.jpg',
        alt: 'Cargo trucks queueing to enter a container port in Asia',
        credit: 'Harbourline Weekly',
        width: 1920,
        height: 1080,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Higher Freight Rates Push Manufacturers to Split Production Across the Region',
      summary:
        'Manufacturers in Asia are spreading production across more countries and using more regional shipping routes to manage rising freight costs and tariff risks.',
      body: [
        {
          type: 'paragraph',
          text: 'Exporters across Asia are reorganising their supply chains in response to higher freight rates and tariff uncertainty, moving some assembly to additional countries and relying more on short regional shipping routes, according to shippers and trade officials.',
        },
        {
          type: 'paragraph',
          text: 'Container freight rates on major routes from Asia have roughly doubled this year, as longer voyages absorb capacity. Shorter intra-Asian routes have been less affected, encouraging companies to ship parts within the region before final assembly.',
        },
        {
          type: 'quote',
          text: 'Our customers used to ask for the cheapest route. Now they ask for two routes, in case one closes.',
          attribution: 'Gustav Penhallow, Chief Executive, Orrin Shipping Lines',
        },
        {
          type: 'paragraph',
          text: 'Singapore has benefited as a transshipment hub, handling record container volumes. Trade officials at the Global Trade Forum say the reorganisation is adding cost but also spreading manufacturing investment more widely across the region.',
        },
        {
          type: 'paragraph',
          text: 'Executives expect the shift to persist even if freight rates ease, because the main driver is a desire to reduce dependence on any single country or route.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-12-11T14:00:00+08:00',
      publication: 'harbourline-weekly',
      category: 'asia-pacific',
      dateline: { place: 'singapore', agency: 'pacific-press-service' },
      credits: [
        { person: 'devika-ashworth', role: 'REPORTING' },
        { person: 'rosalind-teo-haverford', role: 'WRITING' },
        { person: 'lorcan-whitby', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'gustav-penhallow', role: 'QUOTED' }],
        organizations: [
          { slug: 'orrin-shipping', role: 'MENTIONED' },
          { slug: 'global-trade-forum', role: 'MENTIONED' },
        ],
        places: [{ slug: 'singapore', role: 'MENTIONED' }],
      },
      keyTakeaways: [
        'Asian exporters are spreading production across more countries.',
        'Freight rates on major routes from Asia have roughly doubled this year.',
        'Singapore is handling record transshipment volumes.',
        'The shift is expected to outlast any fall in freight rates.',
      ],
      faq: [
        {
          question: 'Why are intra-Asian routes less affected?',
          answer: 'They are shorter and use different vessels, so they have not been squeezed by longer long-haul voyages.',
        },
        {
          question: 'Will consumers pay more?',
          answer: 'Some higher costs are likely to be passed on, though freight is usually a small share of a product’s final price.',
        },
      ],
      tags: ['supply-chains', 'shipping', 'trade-policy', 'tariffs'],
      related: ['global-trade-forum-warns-of-slowing-goods-trade', 'ports-see-record-transshipment-volumes'],
    },
    {
      slug: 'brazilian-real-rallies-on-fiscal-plan',
      title: 'Brazilian real rallies after government unveils spending plan',
      leadImage: {
        url: 'https://images.example.com/lead/brazilian-real-rallies-on-fiscal-plan.jpg',
        alt: 'Brazilian real banknotes fanned out on a table',
        credit: 'Atlas Wire',
        width: 1600,
        height: 900,
        focalPoint: { x: 0.5, y: 0.5 },
      },
      alternativeTitle: 'Real Posts Best Day in a Year as Investors Welcome Deficit Targets',
      summary:
        'Brazil’s currency posted its biggest one-day gain in a year after the government set out a plan to narrow the budget deficit. Bond yields also fell.',
      body: [
        {
          type: 'paragraph',
          text: 'Brazil’s real strengthened about 2% against the dollar on Wednesday, its biggest daily gain in a year, after the government set out spending limits designed to bring the budget close to balance within two years.',
        },
        {
          type: 'paragraph',
          text: 'Local bond yields fell across the curve and shares in São Paulo rose, led by banks and retailers that are sensitive to domestic interest rates.',
        },
        {
          type: 'quote',
          text: 'The market wanted a credible number and it got one. The next test is whether Congress passes the measures without diluting them.',
          attribution: 'Benedikt Horvath-Lee, Chief Market Strategist, Marrow & Pike Capital',
        },
        {
          type: 'paragraph',
          text: 'The plan caps growth in discretionary spending and reviews several tax exemptions. Investors had worried that rising deficits would force the central bank to keep rates high for longer.',
        },
        {
          type: 'paragraph',
          text: 'Traders said foreign investors who had reduced holdings of Brazilian assets earlier in the year returned to buy. The real remains weaker than at the start of the year.',
        },
      ],
      status: 'PUBLISHED',
      publishedAt: '2024-09-19T06:00:00+08:00',
      publication: 'harbourline-weekly',
      category: 'americas',
      dateline: { place: 'sao-paulo', agency: 'northwire' },
      credits: [
        { person: 'rafael-quintero-vale', role: 'REPORTING' },
        { person: 'tomasz-brennan', role: 'WRITING' },
        { person: 'margit-olander', role: 'EDITING' },
      ],
      mentions: {
        people: [{ slug: 'benedikt-horvath-lee', role: 'QUOTED' }],
        organizations: [{ slug: 'marrow-pike-capital', role: 'MENTIONED' }],
        places: [
          { slug: 'brazil', role: 'SUBJECT' },
          { slug: 'sao-paulo', role: 'MENTIONED' },
        ],
      },
      keyTakeaways: [
        'The real rose about 2%, its best day in a year.',
        'The plan aims to bring the budget close to balance within two years.',
        'Bond yields fell and bank shares rose.',
        'Congressional approval is the next hurdle.',
      ],
      faq: [
        {
          question: 'Why does fiscal policy affect the currency?',
          answer:
            'Large deficits can raise inflation and borrowing needs; a credible plan to reduce them makes a country’s assets more attractive to investors.',
        },
        {
          question: 'What is discretionary spending?',
          answer: 'Government spending that is decided each year rather than fixed by law, such as some investment and operating budgets.',
        },
      ],
      tags: ['exchange-rates', 'emerging-markets', 'sovereign-debt'],
      related: ['yen-weakens-as-exporters-rush-to-hedge'],
    },
  ],
};
