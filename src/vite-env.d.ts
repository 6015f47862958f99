/** Build-time settings the app reads from `import.meta.env` (see vite.config.ts). */
interface ImportMetaEnv {
  /** `SITE_URL`: the site's address, for canonical and Open Graph URLs; '' when not set. */
  readonly SITE_URL: string;
}
