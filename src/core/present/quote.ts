// How a phrase quotes letter text. The words around a quotation are the same on every surface; only
// the marks differ: plain-text labels (the Outline's details) use straight quotes, Markdown
// documents may use curly ones and escape what they quote.

export type Quote = (text: string) => string;

export const straightQuote: Quote = (text) => `"${text}"`;

export const curlyQuote: Quote = (text) => `“${text}”`;
