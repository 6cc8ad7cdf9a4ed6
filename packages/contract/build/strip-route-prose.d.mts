/** The SPAs' Vite plugin that drops the contract's OpenAPI prose from their bundles. */
export function stripRouteProse(): { name: string; apply: 'build'; enforce: 'post' }
