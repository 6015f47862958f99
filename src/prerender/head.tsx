/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** The `<head>` tags of a prerendered page: title, description, canonical URL, Open Graph, Twitter Card. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute. */
  canonical: string;
  /** Absolute. */
  image: string;
  type: 'website' | 'article';
  /** `ko_KR`, `en_US`. */
  locale: string;
  siteName: string;
}

export function Head({ meta, csp }: { meta: PageMeta; csp: string }) {
  return (
    <>
      <meta httpEquiv="Content-Security-Policy" content={csp} />
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
      <link rel="canonical" href={meta.canonical} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:site_name" content={meta.siteName} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={meta.canonical} />
      <meta property="og:image" content={meta.image} />
      <meta property="og:locale" content={meta.locale} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={meta.title} />
      <meta name="twitter:description" content={meta.description} />
      <meta name="twitter:image" content={meta.image} />
    </>
  );
}
