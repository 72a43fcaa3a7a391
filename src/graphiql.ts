// The operation GraphiQL opens with: a whole article page from the demo content.
export const defaultQuery = `# The article page of a demo article. Press the run button.
query ArticlePage {
  article(slug: "central-bank-holds-rates-steady") {
    id
    slug
    title
    category { name slug }
    credits { role person { name slug } }
  }
}
`;
